package dev.saring.pii;

/**
 * Finds e-mail addresses, IPv4 addresses and phone numbers in text with hand-written scanners that look at
 * each character a bounded number of times: document text is untrusted, and the e-mail pattern of
 * datatrove ({@code (?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+…}) backtracks quadratically on long
 * runs of letters. What they match follows that pattern: a local part of RFC 5322 atoms joined by dots,
 * starting at a word boundary; {@code @}; two or more DNS labels.
 *
 * <p>Stateless; safe to share across threads.
 */
final class PiiScanner {

    /** A match: [start, end) of the text. */
    record Span(int start, int end) {
    }

    private PiiScanner() {
    }

    /** The e-mail address around the {@code @} at {@code at}, or null. */
    static Span emailAt(CharSequence s, int at) {
        // local part: atoms of atext joined by single dots, read leftwards from the '@'
        int start = at;
        while (start > 0) {
            char c = s.charAt(start - 1);
            if (isAtext(c)) {
                start--;
            } else if (c == '.' && start - 1 > 0 && start < at && isAtext(s.charAt(start - 2))) {
                start--;
            } else {
                break;
            }
        }
        // the pattern starts at a word boundary: trim to the first word character preceded by a non-word one
        while (start < at && !(isWordChar(s.charAt(start)) && (start == 0 || !isWordChar(s.charAt(start - 1))))) start++;
        if (start >= at || s.charAt(start) == '.' || s.charAt(at - 1) == '.') return null;
        int end = domainEnd(s, at + 1);
        return end < 0 ? null : new Span(start, end);
    }

    /**
     * The end of two or more dot-separated DNS labels starting at {@code from} ({@code example.co.id}), or
     * -1. A label starts and ends with a letter or digit and may hold hyphens.
     */
    private static int domainEnd(CharSequence s, int from) {
        int n = s.length();
        int labels = 0;
        int end = -1;
        int i = from;
        while (i < n && isAsciiAlnum(s.charAt(i))) {
            int j = i;
            int lastAlnum = i;
            while (j < n && (isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '-')) {
                if (s.charAt(j) != '-') lastAlnum = j;
                j++;
            }
            labels++;
            end = lastAlnum + 1;
            if (end < j) break;                              // a label ending in '-' ends the domain before it
            if (j + 1 < n && s.charAt(j) == '.' && isAsciiAlnum(s.charAt(j + 1))) i = j + 1;
            else break;
        }
        return labels >= 2 ? end : -1;
    }

    /** The dotted IPv4 address starting at {@code from}, as four octets of 0-255, not part of a longer number. */
    static Span ipv4At(CharSequence s, int from, int[] octets) {
        if (from > 0) {
            char before = s.charAt(from - 1);
            if (isDigit(before) || Character.isLetter(before) || before == '.' && from > 1 && isDigit(s.charAt(from - 2))) return null;
            if (followsVersionWord(s, from)) return null;
        }
        int i = from;
        int n = s.length();
        for (int k = 0; k < 4; k++) {
            int digits = 0;
            int value = 0;
            while (i < n && isDigit(s.charAt(i)) && digits < 4) {
                value = value * 10 + (s.charAt(i) - '0');
                digits++;
                i++;
            }
            if (digits == 0 || digits > 3 || value > 255) return null;
            if (digits > 1 && s.charAt(i - digits) == '0') return null;   // 01.02.03.04 is a date or a code
            octets[k] = value;
            if (k < 3) {
                if (i >= n || s.charAt(i) != '.') return null;
                i++;
            }
        }
        // not followed by more of a number: 1.2.3.4.5 and 1.2.3.4567 are not addresses
        if (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) return null;
        return new Span(from, i);
    }

    /** Words after which a dotted number is a version: "version 1.2.3.4", "versi 2.0.0.1", "build 10.0.1.5". */
    private static final java.util.Set<String> VERSION_WORDS = java.util.Set.of("v", "ver", "version", "versi", "versión", "build", "release", "rilis");

    private static boolean followsVersionWord(CharSequence s, int from) {
        int end = from;
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ':')) end--;
        int start = end;
        while (start > 0 && end - start < 10 && Character.isLetter(s.charAt(start - 1))) start--;
        if (start == end || end - start >= 10) return false;
        return VERSION_WORDS.contains(s.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A phone number starting at {@code from}: {@code +} and a country code, or a leading {@code 0} or
     * {@code (}, then 9 to 15 digits in groups separated by one space or hyphen (dots are left alone, so
     * decimals and dotted dates never match), not part of a longer number.
     */
    static Span phoneAt(CharSequence s, int from) {
        int n = s.length();
        char first = s.charAt(from);
        if (first != '+' && first != '(' && first != '0') return null;
        if (from > 0 && (isDigit(s.charAt(from - 1)) || Character.isLetter(s.charAt(from - 1)))) return null;
        int i = from;
        int digits = 0;
        int lastDigitEnd = -1;
        boolean open = false;
        if (first == '+') i++;
        while (i < n && digits <= 15) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
                i++;
                lastDigitEnd = i;
            } else if (c == '(' && !open && (i == from || s.charAt(i - 1) == ' ')) {
                open = true;
                i++;
            } else if (c == ')' && open && lastDigitEnd == i) {
                open = false;
                i++;
                if (i < n && s.charAt(i) == ' ') i++;
            } else if ((c == ' ' || c == '-') && lastDigitEnd == i && i + 1 < n && (isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '(')) {
                i++;
            } else {
                break;
            }
        }
        if (open || digits < 9 || digits > 15 || lastDigitEnd < 0) return null;
        if (lastDigitEnd < n && (isDigit(s.charAt(lastDigitEnd)) || Character.isLetter(s.charAt(lastDigitEnd)))) return null;
        return new Span(from, lastDigitEnd);
    }

    private static boolean isAtext(char c) {
        return isAsciiAlnum(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    /** A word character as Python's {@code \b} sees it in a str pattern: a letter, a digit or '_'. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
