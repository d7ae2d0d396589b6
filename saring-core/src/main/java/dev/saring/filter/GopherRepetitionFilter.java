package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Gopher's repetition rules (Rae et al. 2021, table A1, as datatrove's {@code GopherRepetitionFilter}),
 * with datatrove's defaults. A document is dropped, with reason {@code gopher:<rule>}, when:
 * <ul>
 *   <li>{@code dup_para_frac} (0.3) / {@code dup_para_char_frac} (0.2): too many paragraphs (split on blank
 *       lines) repeat an earlier one, counted or by characters;</li>
 *   <li>{@code dup_line_frac} (0.3) / {@code dup_line_char_frac} (0.2): the same for lines;</li>
 *   <li>{@code top_<n>_gram}: the most frequent word n-gram covers more than its share of the characters
 *       ({@code top_n_grams}: 2 → 0.2, 3 → 0.18, 4 → 0.16);</li>
 *   <li>{@code dup_<n>_gram}: repeated word n-grams cover more than their share ({@code dup_n_grams}:
 *       5 → 0.15, 6 → 0.14, 7 → 0.13, 8 → 0.12, 9 → 0.11, 10 → 0.10).</li>
 * </ul>
 * A fraction of 0 turns its rule off. N-grams are compared by 64-bit hashes of their words (no strings are
 * built); their lengths are datatrove's ({@code " ".join} for the top n-gram, {@code "".join} for repeats).
 * Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step rep = GopherRepetitionFilter.fromParams(Params.of("gopher-repetition", Map.of("dup_line_frac", 0.241)));
 * }</pre>
 */
public final class GopherRepetitionFilter extends PerLanguageFilter<GopherRepetitionFilter.Settings> {

    public static final String NAME = "gopher-repetition";
    /** Base of the polynomial hash that combines word hashes into n-gram hashes. */
    private static final long NGRAM_BASE = 0x100000001b3L;

    private final TextProfiles profiles;

    GopherRepetitionFilter(PerLanguage<Settings> settings, TextProfiles profiles) {
        super(NAME, GopherQualityFilter.FAMILY, settings);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public static GopherRepetitionFilter defaults() {
        return new GopherRepetitionFilter(PerLanguage.only(Settings.defaults()), new TextProfiles());
    }

    public static GopherRepetitionFilter fromParams(Params p) {
        Settings s = Settings.fromParams(p, Settings.defaults());
        p.finish();
        return new GopherRepetitionFilter(PerLanguage.only(s), new TextProfiles());
    }

    public static GopherRepetitionFilter perLanguage(Settings fallback, Map<String, Settings> byLanguage) {
        return new GopherRepetitionFilter(new PerLanguage<>(fallback, byLanguage), new TextProfiles());
    }

    @Override
    String failedRule(Settings s, Document doc) {
        String text = doc.text();
        if (text.isEmpty()) return null;
        String rule = repeatedBlocks(s, text);
        return rule != null ? rule : repeatedNgrams(s, profiles.of(doc));
    }

    private static String repeatedBlocks(Settings s, String text) {
        double len = text.length();
        if (s.dupParaFrac() > 0 || s.dupParaCharFrac() > 0) {
            List<String> paragraphs = Lines.splitParagraphs(text.strip());
            long[] d = duplicates(paragraphs);
            if (s.dupParaFrac() > 0 && (double) d[0] / paragraphs.size() > s.dupParaFrac()) return "dup_para_frac";
            if (s.dupParaCharFrac() > 0 && d[1] / len > s.dupParaCharFrac()) return "dup_para_char_frac";
        }
        if (s.dupLineFrac() > 0 || s.dupLineCharFrac() > 0) {
            List<String> lines = Lines.splitOnNewlineRuns(text);
            long[] d = duplicates(lines);
            if (s.dupLineFrac() > 0 && (double) d[0] / lines.size() > s.dupLineFrac()) return "dup_line_frac";
            if (s.dupLineCharFrac() > 0 && d[1] / len > s.dupLineCharFrac()) return "dup_line_char_frac";
        }
        return null;
    }

    /** datatrove's {@code find_duplicates}: how many elements repeat an earlier one, and their characters. */
    static long[] duplicates(List<String> elements) {
        var seen = new HashSet<String>();
        long count = 0;
        long chars = 0;
        for (String e : elements) {
            if (!seen.add(e)) {
                count++;
                chars += e.length();
            }
        }
        return new long[]{count, chars};
    }

    private static String repeatedNgrams(Settings s, TextProfile p) {
        int w = p.words;
        if (w == 0) return null;
        double len = p.text.length();
        long[] prefix = new long[w + 1];
        long[] chars = new long[w + 1];
        for (int i = 0; i < w; i++) {
            prefix[i + 1] = prefix[i] * NGRAM_BASE + p.hash[i];
            chars[i + 1] = chars[i] + p.length(i);
        }
        int maxN = 0;
        for (NgramLimit l : s.topNgrams()) maxN = Math.max(maxN, l.n());
        for (NgramLimit l : s.dupNgrams()) maxN = Math.max(maxN, l.n());
        long[] power = new long[maxN + 1];
        power[0] = 1;
        for (int i = 1; i <= maxN; i++) power[i] = power[i - 1] * NGRAM_BASE;

        var counts = new LongCounts(w);
        for (NgramLimit l : s.topNgrams()) {
            int n = l.n();
            if (l.maxFraction() <= 0 || w < n) continue;
            counts.clear();
            for (int i = 0; i + n <= w; i++) counts.add(prefix[i + n] - prefix[i] * power[n], i);
            int at = counts.firstOfMostCommon();
            long joined = chars[at + n] - chars[at] + (n - 1);
            if ((double) joined * counts.mostCommonCount() / len > l.maxFraction()) return "top_" + n + "_gram";
        }
        // Every repeated n-gram that datatrove's greedy scan counts starts where the shortest n-gram checked
        // has been seen before, and the n-grams it counts do not overlap: so the characters covered from those
        // starts bound the count. Most documents are far under every threshold, and skip the exact scans.
        int base = Integer.MAX_VALUE;
        for (NgramLimit l : s.dupNgrams()) if (l.maxFraction() > 0 && l.n() <= w) base = Math.min(base, l.n());
        boolean[] seenBefore = null;
        if (base != Integer.MAX_VALUE) {
            seenBefore = new boolean[w];
            counts.clear();
            for (int i = 0; i + base <= w; i++) seenBefore[i] = counts.containsOrAdd(prefix[i + base] - prefix[i] * power[base]);
        }
        for (NgramLimit l : s.dupNgrams()) {
            int n = l.n();
            if (l.maxFraction() <= 0 || w < n) continue;
            if (covered(seenBefore, chars, n, w) / len <= l.maxFraction()) continue;
            counts.clear();
            long repeated = 0;
            int i = 0;
            while (i < w - n + 1) {
                if (counts.containsOrAdd(prefix[i + n] - prefix[i] * power[n])) {
                    repeated += chars[i + n] - chars[i];
                    i += n;
                } else {
                    i++;
                }
            }
            if (repeated / len > l.maxFraction()) return "dup_" + n + "_gram";
        }
        return null;
    }

    /** Characters of the words covered by the n-grams that start where {@code seenBefore} is set. */
    private static long covered(boolean[] seenBefore, long[] chars, int n, int w) {
        long total = 0;
        int coveredTo = 0;
        for (int i = 0; i + n <= w; i++) {
            if (!seenBefore[i]) continue;
            int from = Math.max(i, coveredTo);
            total += chars[i + n] - chars[from];
            coveredTo = i + n;
        }
        return total;
    }

    /** At most {@code maxFraction} of a document's characters in (top or repeated) word {@code n}-grams. */
    public record NgramLimit(int n, double maxFraction) {

        static final int MAX_N = 32;
        /**
         * FineWeb-2 writes fractions above 1 (Ganda's top 2-gram 1.233) for rules it does not want to fire:
         * no share reaches them, so they are allowed, up to FineWeb's "off" of 999.
         */
        static final double MAX_FRACTION = 1000;

        public NgramLimit {
            if (n < 1 || n > MAX_N) throw new IllegalArgumentException("n-gram length " + n + " is out of range: allowed is [1, " + MAX_N + "]");
        }

        /** {@code "2:0.2 3:0.18"}, {@code "2:0.2,3:0.18"} or FineWeb-2's pairs as read ({@code [[2, 0.2], [3, 0.18]]}). */
        static List<NgramLimit> parse(String key, String spec) {
            String[] parts = spec.replace('[', ' ').replace(']', ' ').replace(',', ' ').replace(':', ' ').trim().split("\\s+");
            var out = new ArrayList<NgramLimit>();
            if (parts.length == 1 && parts[0].isEmpty()) return out;
            if (parts.length % 2 != 0) throw new IllegalArgumentException(key + " = " + spec + " is not a list of n:fraction pairs");
            for (int i = 0; i < parts.length; i += 2) {
                try {
                    int n = Integer.parseInt(parts[i]);
                    double f = Double.parseDouble(parts[i + 1]);
                    if (n < 1 || n > MAX_N || !(f >= 0 && f <= MAX_FRACTION)) {
                        throw new IllegalArgumentException(key + " = " + spec + " is out of range: allowed is n in [1, "
                                + MAX_N + "] and fraction in [0.0, " + MAX_FRACTION + "]");
                    }
                    out.add(new NgramLimit(n, f));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " = " + spec + " is not a list of n:fraction pairs", e);
                }
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return n + ":" + maxFraction;
        }
    }

    /** The thresholds of the rules, under datatrove's names. */
    public record Settings(boolean enabled, double dupLineFrac, double dupParaFrac, double dupLineCharFrac,
                           double dupParaCharFrac, List<NgramLimit> topNgrams, List<NgramLimit> dupNgrams) implements PerLanguageFilter.Switch {

        public Settings {
            topNgrams = List.copyOf(topNgrams);
            dupNgrams = List.copyOf(dupNgrams);
        }

        /** datatrove's defaults (Gopher's table A1). */
        public static Settings defaults() {
            return new Settings(true, 0.3, 0.3, 0.2, 0.2,
                    NgramLimit.parse("top_n_grams", "2:0.2 3:0.18 4:0.16"),
                    NgramLimit.parse("dup_n_grams", "5:0.15 6:0.14 7:0.13 8:0.12 9:0.11 10:0.10"));
        }

        /** {@code base} with the keys this section sets. Does not call {@link Params#finish()}. */
        public static Settings fromParams(Params p, Settings base) {
            boolean enabled = p.bool("enabled", base.enabled);
            double line = p.doubleIn("dup_line_frac", base.dupLineFrac, 0, NgramLimit.MAX_FRACTION);
            double para = p.doubleIn("dup_para_frac", base.dupParaFrac, 0, NgramLimit.MAX_FRACTION);
            double lineChar = p.doubleIn("dup_line_char_frac", base.dupLineCharFrac, 0, NgramLimit.MAX_FRACTION);
            double paraChar = p.doubleIn("dup_para_char_frac", base.dupParaCharFrac, 0, NgramLimit.MAX_FRACTION);
            String top = p.string("top_n_grams", null);
            String dup = p.string("dup_n_grams", null);
            return new Settings(enabled, line, para, lineChar, paraChar,
                    top == null ? base.topNgrams : NgramLimit.parse(p.section() + ".top_n_grams", top),
                    dup == null ? base.dupNgrams : NgramLimit.parse(p.section() + ".dup_n_grams", dup));
        }

        @Override
        public String toString() {
            return (enabled ? "" : "enabled=false, ") + "dup_line_frac=" + dupLineFrac + ", dup_para_frac=" + dupParaFrac
                    + ", dup_line_char_frac=" + dupLineCharFrac + ", dup_para_char_frac=" + dupParaCharFrac
                    + ", top_n_grams=" + topNgrams.stream().map(NgramLimit::toString).collect(Collectors.joining(" "))
                    + ", dup_n_grams=" + dupNgrams.stream().map(NgramLimit::toString).collect(Collectors.joining(" "));
        }
    }
}
