package dev.saring.filter;

import com.ibm.icu.text.UnicodeSet;
import dev.saring.model.Document;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * FineWeb's own rules (Penedo et al. 2024, as datatrove's {@code FineWebQualityFilter}), with datatrove's
 * defaults. Lines are the pieces between {@code \n}. A document is dropped, with reason
 * {@code fineweb:<rule>}, when:
 * <ul>
 *   <li>{@code line_punct_ratio}: at most {@code line_punct_thr} (0.12) of its lines end with one of
 *       {@code stop_chars} ({@code . ' " ! ?}) — unless no line does and {@code line_punct_exclude_zero}. A text
 *       without line breaks is judged by its sentences instead ({@link #sentenceEndRatio}), where
 *       datatrove would judge it by its last character;</li>
 *   <li>{@code short_line_ratio}: at least {@code short_line_thr} (0.67) of its lines have at most
 *       {@code short_line_length} (30) characters;</li>
 *   <li>{@code char_dup_ratio}: characters of non-empty lines that repeat an earlier line are at least
 *       {@code char_duplicates_ratio} (0.01) of its characters (line breaks not counted);</li>
 *   <li>{@code new_line_ratio}: it has at least {@code new_line_ratio} (0.3) line breaks per word.</li>
 * </ul>
 * As in datatrove, a threshold of -1 turns its rule off (FineWeb-2 turns the short-line rule off with a
 * threshold of 999, which no ratio reaches). Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step fw = FineWebQualityFilter.fromParams(Params.of("fineweb-quality", Map.of("line_punct_thr", 0.111)));
 * }</pre>
 */
public final class FineWebQualityFilter extends PerLanguageFilter<FineWebQualityFilter.Settings> {

    public static final String NAME = "fineweb-quality";
    static final String FAMILY = "fineweb:";
    static final double OFF = -1;
    /**
     * Unicode's quotation marks in the Basic Multilingual Plane ({@code \p{Quotation_Mark}}: {@code " ' « » ‘ ’ “ ”
     * „ ‹ › 「 」 『 』 …}). A sentence that ends inside quotes ends its line with one of them, in every script:
     * datatrove's {@code " '} are the ASCII two of this set.
     */
    public static final String QUOTATION_MARKS = quotationMarks();

    private final TextProfiles profiles;

    FineWebQualityFilter(PerLanguage<Settings> settings, TextProfiles profiles) {
        super(NAME, FAMILY, settings);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public static FineWebQualityFilter defaults() {
        return new FineWebQualityFilter(PerLanguage.only(Settings.defaults()), new TextProfiles());
    }

    public static FineWebQualityFilter fromParams(Params p) {
        Settings s = Settings.fromParams(p, Settings.defaults());
        p.finish();
        return new FineWebQualityFilter(PerLanguage.only(s), new TextProfiles());
    }

    public static FineWebQualityFilter perLanguage(Settings fallback, Map<String, Settings> byLanguage) {
        return new FineWebQualityFilter(new PerLanguage<>(fallback, byLanguage), new TextProfiles());
    }

    private static String quotationMarks() {
        var out = new StringBuilder();
        var set = new UnicodeSet("[\\p{Quotation_Mark}]").freeze();
        for (var range : set.ranges()) {
            for (int cp = range.codepoint; cp <= range.codepointEnd && cp <= 0xFFFF; cp++) out.append((char) cp);
        }
        return out.toString();
    }

    @Override
    String failedRule(Settings s, Document doc) {
        String text = doc.text();
        List<String> lines = Lines.splitOnNewline(text);
        if (s.linePunctThr() > OFF) {
            double ratio = lines.size() == 1 ? sentenceEndRatio(text.strip(), s.stopChars()) : lineEndRatio(lines, s.stopChars());
            if (ratio <= s.linePunctThr() && !(ratio == 0 && s.linePunctExcludeZero())) return "line_punct_ratio";
        }
        if (s.shortLineThr() > OFF) {
            int shortLines = 0;
            for (String l : lines) {
                if (l.length() <= s.shortLineLength()) shortLines++;
            }
            if ((double) shortLines / lines.size() >= s.shortLineThr()) return "short_line_ratio";
        }
        int newLines = lines.size() - 1;
        if (s.charDuplicatesRatio() > OFF) {
            var nonEmpty = new ArrayList<String>(lines.size());
            for (String l : lines) {
                if (!l.isBlank()) nonEmpty.add(l);
            }
            long dupChars = GopherRepetitionFilter.duplicates(nonEmpty)[1];
            int chars = text.length() - newLines;
            double ratio = chars == 0 ? 0 : (double) dupChars / chars;
            if (ratio >= s.charDuplicatesRatio()) return "char_dup_ratio";
        }
        if (s.newLineRatio() > OFF) {
            int words = profiles.of(doc).words;
            double ratio = words == 0 ? (newLines == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) newLines / words;
            if (ratio >= s.newLineRatio()) return "new_line_ratio";
        }
        return null;
    }

    private static double lineEndRatio(List<String> lines, String stopChars) {
        int ended = 0;
        for (String l : lines) {
            if (!l.isEmpty() && stopChars.indexOf(l.charAt(l.length() - 1)) >= 0) ended++;
        }
        return (double) ended / lines.size();
    }

    /**
     * The line-end ratio of a text without line breaks, taken over its sentences: the pieces that end at a
     * sentence terminator of {@code stopChars} (any of them that is not a quotation mark), with the closing
     * quotes and brackets after it, followed by a space, or at once after a full-width terminator ("。").
     * Text exported with its paragraphs joined (a CSV column, a one-line JSON field) would otherwise be
     * judged by its last character alone.
     */
    static double sentenceEndRatio(String text, String stopChars) {
        int pieces = 0;
        int ended = 0;
        int n = text.length();
        int pieceStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (stopChars.indexOf(c) < 0 || QUOTATION_MARKS.indexOf(c) >= 0) continue;
            int j = i + 1;
            while (j < n && isCloser(text.charAt(j))) j++;
            boolean fullWidth = c >= '\u3000';
            if (j < n && !fullWidth && !Character.isWhitespace(text.charAt(j))) continue;
            pieces++;
            if (stopChars.indexOf(text.charAt(j - 1)) >= 0) ended++;
            pieceStart = j;
            i = j - 1;
        }
        if (text.substring(pieceStart).isBlank()) return pieces == 0 ? 0 : (double) ended / pieces;
        pieces++;
        char last = text.charAt(n - 1);
        if (stopChars.indexOf(last) >= 0) ended++;
        return (double) ended / pieces;
    }

    private static boolean isCloser(char c) {
        return QUOTATION_MARKS.indexOf(c) >= 0 || c == ')' || c == ']' || c == '\uff09' || c == '\u300d' || c == '\u300f';
    }

    /** The thresholds of the rules, under datatrove's names; {@code stopChars} are the line-ending marks. */
    public record Settings(boolean enabled, double linePunctThr, boolean linePunctExcludeZero, double shortLineThr,
                           int shortLineLength, double charDuplicatesRatio, double newLineRatio, String stopChars) implements PerLanguageFilter.Switch {

        /** High enough for FineWeb-2's 999, which turns the short-line rule off. */
        private static final double MAX_THRESHOLD = 1000;
        private static final int MAX_LINE_LENGTH = 100_000;

        public Settings {
            Objects.requireNonNull(stopChars, "stopChars");
        }

        /** datatrove's defaults (FineWeb English). */
        public static Settings defaults() {
            return new Settings(true, 0.12, false, 0.67, 30, 0.01, 0.3, ".'\"!?");
        }

        /** {@code base} with the keys this section sets. Does not call {@link Params#finish()}. */
        public static Settings fromParams(Params p, Settings base) {
            return new Settings(
                    p.bool("enabled", base.enabled),
                    p.doubleIn("line_punct_thr", base.linePunctThr, OFF, 1),
                    p.bool("line_punct_exclude_zero", base.linePunctExcludeZero),
                    p.doubleIn("short_line_thr", base.shortLineThr, OFF, MAX_THRESHOLD),
                    p.intIn("short_line_length", base.shortLineLength, 0, MAX_LINE_LENGTH),
                    p.doubleIn("char_duplicates_ratio", base.charDuplicatesRatio, OFF, 1),
                    p.doubleIn("new_line_ratio", base.newLineRatio, OFF, MAX_THRESHOLD),
                    p.string("stop_chars", base.stopChars));
        }

        @Override
        public String toString() {
            return (enabled ? "" : "enabled=false, ") + "line_punct_thr=" + linePunctThr
                    + (linePunctExcludeZero ? ", line_punct_exclude_zero=true" : "")
                    + ", short_line_thr=" + shortLineThr + ", short_line_length=" + shortLineLength
                    + ", char_duplicates_ratio=" + charDuplicatesRatio + ", new_line_ratio=" + newLineRatio
                    + ", stop_chars=" + stopChars;
        }
    }
}
