package dev.saring.extract.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises the dates pages give ({@code 2019-11-19T12:03:00.000Z}, {@code 2019-11-19 12:03},
 * {@code 20191119}, {@code November 19, 2019}) to ISO-8601: an offset date-time when the page gives a time
 * and an offset, a local date-time when it gives a time only, else a date.
 */
public final class Dates {

    private static final int MAX_LENGTH = 64;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final List<DateTimeFormatter> WORDY = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private Dates() {
    }

    /** The ISO-8601 form of {@code raw}, or empty when it is not a date this knows. */
    public static Optional<String> iso(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) return Optional.empty();
        if (s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') return isoLike(s);
        if (s.length() == 8 && s.chars().allMatch(Character::isDigit)) {
            return date(s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8));
        }
        String cleaned = s.replace(".", "").replace("  ", " ");
        for (DateTimeFormatter f : WORDY) {
            try {
                return plausible(LocalDate.parse(cleaned, f)).map(LocalDate::toString);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<String> isoLike(String s) {
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        t = t.replace(" ", "");
        // +0500 -> +05:00
        int n = t.length();
        if (n >= 5 && (t.charAt(n - 5) == '+' || t.charAt(n - 5) == '-') && t.indexOf('T') > 0
                && allDigits(t, n - 4, n)) {
            t = t.substring(0, n - 2) + ":" + t.substring(n - 2);
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return plausible(odt.toLocalDate()).map(d -> odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            // no offset
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(t);
            return plausible(ldt.toLocalDate()).map(d -> ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            // date only
        }
        return date(s.substring(0, 10));
    }

    private static Optional<String> date(String yyyyMmDd) {
        try {
            return plausible(LocalDate.parse(yyyyMmDd)).map(LocalDate::toString);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR ? Optional.of(d) : Optional.empty();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
    }
}
