package dev.saring.repair;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;
import org.jsoup.nodes.Entities;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixes the text damage crawls are full of, before the cleaner and the filters judge the text, taking
 * ftfy's fixes as the reference:
 * <ul>
 *   <li>{@code mojibake}: UTF-8 read as Windows-1252 or Latin-1, once or twice ({@code "Ã©"} to
 *       {@code "é"}, {@code "â€™"} to {@code "’"}); only sequences that decode cleanly, see {@link Mojibake};</li>
 *   <li>{@code entity}: HTML entities left in text ({@code &amp;amp;}, {@code &amp;#8217;}), each only when
 *       complete with its {@code ;}, and, as ftfy's {@code fix_entities="auto"}, not in text that holds a
 *       {@code <} (markup shown as text) nor in code blocks;</li>
 *   <li>{@code c1}: C1 control characters, which are Windows-1252 punctuation read as Latin-1 (U+0092 for
 *       {@code ’}), as ftfy's {@code fix_c1_controls};</li>
 *   <li>{@code control}: NUL and other control characters but tab and line breaks, removed;</li>
 *   <li>{@code nfc}: Unicode normalisation to NFC.</li>
 * </ul>
 * Curly quotes stay curly (ftfy's {@code uncurl_quotes} changes correct text). No Java library does this
 * job today; ftfy itself is Python.
 *
 * <p>The count of each kind goes to {@code meta.repairs} and, summed over kept documents, to the
 * {@code repairs} section of {@code stats.json}. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step repair = TextRepair.defaults();
 * repair.apply(doc);   // "Itâ€™s cafÃ© time" -> "It’s café time", meta.repairs = {"mojibake": 2}
 * }</pre>
 */
public final class TextRepair implements Step {

    public static final String NAME = "repair";
    /** The key of the per-document counts in {@code meta}. */
    public static final String META_KEY = "repairs";

    private final boolean mojibake;
    private final boolean entities;
    private final boolean controls;
    private final boolean nfc;

    public TextRepair(boolean mojibake, boolean entities, boolean controls, boolean nfc) {
        this.mojibake = mojibake;
        this.entities = entities;
        this.controls = controls;
        this.nfc = nfc;
    }

    public static TextRepair defaults() {
        return new TextRepair(true, true, true, true);
    }

    /** Settings {@code mojibake}, {@code entities}, {@code controls}, {@code nfc}: each on (true) by default. */
    public static TextRepair fromParams(Params p) {
        return new TextRepair(p.bool("mojibake", true), p.bool("entities", true), p.bool("controls", true), p.bool("nfc", true));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        var counts = new int[5];
        Document out = doc.withTextRewritten(false, (role, text) -> repair(text, role != Role.CODE, counts));
        if (doc.title().isPresent()) {
            String title = doc.title().get();
            String t = repair(title, true, counts);
            if (t != title) out = out.withTitle(t);
        }
        if (out == doc) return Outcome.keep(doc);
        return Outcome.keep(out.withMeta(META_KEY, asMap(counts)));
    }

    /**
     * The repaired text; the same instance when nothing needed repair.
     *
     * @param counts mojibake, entity, control, nfc and c1 counts, added to
     */
    String repair(String text, boolean decodeEntities, int[] counts) {
        if (text.isEmpty()) return text;
        String t = text;
        if (mojibake && mayHoldMojibake(t)) {
            int[] fixes = {0};
            t = Mojibake.fix(t, fixes);
            counts[0] += fixes[0];
        }
        if (entities && decodeEntities && t.indexOf('&') >= 0 && t.indexOf('<') < 0) t = decodeEntities(t, counts);
        if (controls) t = fixControls(t, counts);
        if (nfc && !isAscii(t) && !Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
            counts[3]++;
        }
        return t;
    }

    /** A cheap first look: mojibake needs a character from U+00C2 to U+00F4. */
    private static boolean mayHoldMojibake(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') return true;
        }
        return false;
    }

    /** Complete entities only: {@code &name;}, {@code &#123;}, {@code &#x1F600;}. */
    private static String decodeEntities(String s, int[] counts) {
        StringBuilder sb = null;
        int copied = 0;
        int n = s.length();
        for (int i = s.indexOf('&'); i >= 0 && i < n; i = s.indexOf('&', i + 1)) {
            int semi = -1;
            for (int j = i + 1; j < n && j <= i + 33; j++) {
                char c = s.charAt(j);
                if (c == ';') {
                    semi = j;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#')) break;
            }
            if (semi < 0 || semi == i + 1) continue;
            String name = s.substring(i + 1, semi);
            String decoded = decodeEntity(name);
            if (decoded == null) continue;
            if (sb == null) sb = new StringBuilder(n);
            sb.append(s, copied, i).append(decoded);
            copied = semi + 1;
            counts[1]++;
            i = semi;
        }
        if (sb == null) return s;
        return sb.append(s, copied, n).toString();
    }

    private static String decodeEntity(String name) {
        if (name.charAt(0) == '#') {
            int cp;
            try {
                cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) return null;
            return new String(Character.toChars(cp));
        }
        if (!Entities.isNamedEntity(name)) return null;
        String v = Entities.getByName(name);
        return v.isEmpty() ? null : v;
    }

    /** C1 controls to their Windows-1252 characters; other controls (but tab and line breaks) removed. */
    private static String fixControls(String s, int[] counts) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            if (isControl(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) return s;
        var sb = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
                continue;
            }
            char windows = c >= 0x80 && c <= 0x9F ? Mojibake.windows1252(c) : 0;
            if (windows != 0) {
                sb.append(windows);
                counts[4]++;
            } else {
                counts[2]++;
            }
        }
        return sb.toString();
    }

    /** C0 and C1 controls and DEL, but tab, line feed and carriage return. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static Map<String, Object> asMap(int[] counts) {
        var m = new LinkedHashMap<String, Object>();
        String[] kinds = {"mojibake", "entity", "control", "nfc", "c1"};
        for (int k = 0; k < kinds.length; k++) if (counts[k] > 0) m.put(kinds[k], (long) counts[k]);
        return m;
    }

    @Override
    public String toString() {
        return "TextRepair[mojibake=" + mojibake + ", entities=" + entities + ", controls=" + controls + ", nfc=" + nfc + "]";
    }
}
