package dev.saring.pii;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces personal data in kept text, as datatrove's {@code PIIFormatter}: e-mail addresses and public
 * IPv4 addresses (private, loopback, link-local, documentation, shared, multicast and other reserved ranges
 * stay), and, when {@code phones = true}, phone numbers. Replacements cycle through a small fixed list per
 * document, so the same input gives the same output whatever the thread count (datatrove's counter runs
 * across documents).
 *
 * <p>The count of each kind goes to {@code meta.pii} ({@code {"email": 2}}) and, summed over kept documents,
 * to the {@code pii} section of {@code stats.json}. Departures from datatrove: IP replacements are
 * documentation addresses (RFC 5737), which are not public and so are never replaced again; an address must
 * not be part of a longer dotted number ({@code 1.2.3.4.5}, {@code 1.2.3.4567}) or have leading zeros.
 *
 * <p>Immutable and safe to share across threads. Every scanner is linear in the text's length.
 *
 * <pre>{@code
 * Step pii = PiiFormatter.defaults();
 * pii.apply(doc);   // "tulis ke rina@contoh.co.id" -> "tulis ke email@example.com"
 * }</pre>
 */
public final class PiiFormatter implements Step {

    public static final String NAME = "pii";
    /** The key of the per-document counts in {@code meta}. */
    public static final String META_KEY = "pii";

    private static final List<String> EMAIL_REPLACEMENTS = List.of("email@example.com", "firstname.lastname@example.org");
    private static final List<String> IP_REPLACEMENTS = List.of("192.0.2.1", "198.51.100.2", "203.0.113.3", "192.0.2.4", "198.51.100.5", "203.0.113.6");
    private static final List<String> PHONE_REPLACEMENTS = List.of("+1 202 555 0100", "+1 202 555 0199");

    private final boolean emails;
    private final boolean ips;
    private final boolean onlyPublicIps;
    private final boolean phones;

    public PiiFormatter(boolean emails, boolean ips, boolean onlyPublicIps, boolean phones) {
        this.emails = emails;
        this.ips = ips;
        this.onlyPublicIps = onlyPublicIps;
        this.phones = phones;
    }

    /** E-mail addresses and public IP addresses, no phone numbers. */
    public static PiiFormatter defaults() {
        return new PiiFormatter(true, true, true, false);
    }

    /** Settings {@code emails} (true), {@code ips} (true), {@code only_public_ips} (true), {@code phones} (false). */
    public static PiiFormatter fromParams(Params p) {
        return new PiiFormatter(p.bool("emails", true), p.bool("ips", true), p.bool("only_public_ips", true), p.bool("phones", false));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        var counts = new Counts();
        Document out = doc.withTextRewritten(true, (role, text) -> redact(text, counts));
        if (counts.isEmpty()) return Outcome.keep(out);
        return Outcome.keep(out.withMeta(META_KEY, counts.asMap()));
    }

    /** The text with every enabled kind replaced; the same instance when nothing was found. */
    public String redact(String text, Counts counts) {
        if (text.isEmpty()) return text;
        StringBuilder sb = null;
        int copied = 0;
        int[] octets = new int[4];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            PiiScanner.Span span = null;
            String replacement = null;
            if (emails && c == '@') {
                span = PiiScanner.emailAt(text, i);
                // the local part lies before '@': it may start inside text already copied only if nothing was replaced there
                if (span != null && span.start() >= copied) replacement = EMAIL_REPLACEMENTS.get(counts.email++ % EMAIL_REPLACEMENTS.size());
                else span = null;
            } else if (ips && c >= '0' && c <= '9' && (i == 0 || !isDigit(text.charAt(i - 1)))) {
                span = PiiScanner.ipv4At(text, i, octets);
                if (span != null && (!onlyPublicIps || SpecialAddresses.isPublic(octets))) {
                    replacement = IP_REPLACEMENTS.get(counts.ip++ % IP_REPLACEMENTS.size());
                } else {
                    span = null;
                }
            }
            if (span == null && phones && (c == '+' || c == '(' || c == '0')) {
                span = PiiScanner.phoneAt(text, i);
                if (span != null) replacement = PHONE_REPLACEMENTS.get(counts.phone++ % PHONE_REPLACEMENTS.size());
            }
            if (span == null) {
                i++;
                continue;
            }
            if (sb == null) sb = new StringBuilder(n);
            sb.append(text, copied, span.start()).append(replacement);
            copied = span.end();
            i = span.end();
        }
        if (sb == null) return text;
        return sb.append(text, copied, n).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return "PiiFormatter[emails=" + emails + ", ips=" + ips + ", only_public_ips=" + onlyPublicIps + ", phones=" + phones + "]";
    }

    /** Replacements made in one document, by kind. */
    public static final class Counts {
        int email;
        int ip;
        int phone;

        boolean isEmpty() {
            return email == 0 && ip == 0 && phone == 0;
        }

        /** The non-zero counts: {@code {"email": 2, "ip": 1}}. */
        public Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            if (email > 0) m.put("email", (long) email);
            if (ip > 0) m.put("ip", (long) ip);
            if (phone > 0) m.put("phone", (long) phone);
            return m;
        }
    }
}
