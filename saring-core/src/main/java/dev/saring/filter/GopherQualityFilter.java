package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gopher's quality rules (Rae et al. 2021, as datatrove's {@code GopherQualityFilter}), with datatrove's
 * defaults. A document is dropped, with reason {@code gopher:<rule>}, when:
 * <ul>
 *   <li>{@code min_words} / {@code max_words}: it has fewer than {@code min_doc_words} (50) or more than
 *       {@code max_doc_words} (100,000) words;</li>
 *   <li>{@code mean_word_length}: the mean word length is outside [{@code min_avg_word_length},
 *       {@code max_avg_word_length}] ([3, 10]);</li>
 *   <li>{@code hash_ratio} / {@code ellipsis_ratio}: {@code #} or ellipses ({@code ...}, {@code …}) per
 *       token exceed {@code max_symbol_word_ratio} (0.1);</li>
 *   <li>{@code bullet_lines}: more than {@code max_bullet_lines_ratio} (0.9) of lines start with {@code •}
 *       or {@code -};</li>
 *   <li>{@code ellipsis_lines}: more than {@code max_ellipsis_lines_ratio} (0.3) of lines end with an
 *       ellipsis;</li>
 *   <li>{@code alpha_words}: fewer than {@code max_non_alpha_words_ratio} (0.8; datatrove's name, though it
 *       is a minimum) of words contain a letter;</li>
 *   <li>{@code stop_words}: it has fewer than {@code min_stop_words} (2) occurrences of the language's
 *       {@code stop_words} (English: the, be, to, of, and, that, have, with), matched exactly as
 *       datatrove does; with {@code stop_word_affixes} a word also counts when it begins or ends with a
 *       stop word (Korean, whose stop words are particles and endings written onto a word).</li>
 * </ul>
 * A threshold of 0 turns its rule off, as in datatrove. Words are {@link dev.saring.text.Words}' words.
 *
 * <p>The per-word ratios ({@code hash_ratio}, {@code ellipsis_ratio}, {@code alpha_words}) are taken over
 * words, as the Gopher paper defines them. datatrove's tokenizers also return punctuation as words, so its
 * {@code alpha_words} counts every comma and full stop against a document: comma-dense prose (news with
 * quotes, dates and line-ups) then falls below FineWeb-2's Indonesian 0.805 although all of its words hold
 * letters. {@code count_punctuation = true} reproduces datatrove's counting (runs of punctuation as tokens,
 * see {@link TextProfile}) for those who need its exact decisions. Immutable and safe to share across
 * threads.
 *
 * <pre>{@code
 * Step gopher = GopherQualityFilter.fromParams(Params.of("gopher-quality", Map.of("min_doc_words", 100)));
 * }</pre>
 */
public final class GopherQualityFilter extends PerLanguageFilter<GopherQualityFilter.Settings> {

    public static final String NAME = "gopher-quality";
    static final String FAMILY = "gopher:";

    private final TextProfiles profiles;

    GopherQualityFilter(PerLanguage<Settings> settings, TextProfiles profiles) {
        super(NAME, FAMILY, settings);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** datatrove's defaults for every document. */
    public static GopherQualityFilter defaults() {
        return new GopherQualityFilter(PerLanguage.only(Settings.defaults()), new TextProfiles());
    }

    /** One set of settings for every document, read from a config section over the defaults. */
    public static GopherQualityFilter fromParams(Params p) {
        Settings s = Settings.fromParams(p, Settings.defaults());
        p.finish();
        return new GopherQualityFilter(PerLanguage.only(s), new TextProfiles());
    }

    /** These settings for documents in these languages, {@code fallback} for the others. */
    public static GopherQualityFilter perLanguage(Settings fallback, Map<String, Settings> byLanguage) {
        return new GopherQualityFilter(new PerLanguage<>(fallback, byLanguage), new TextProfiles());
    }

    @Override
    String failedRule(Settings s, Document doc) {
        return failedRule(s, profiles.of(doc));
    }

    private static String failedRule(Settings s, TextProfile p) {
        String text = p.text;
        int words = p.words;
        if (s.minDocWords > 0 && words < s.minDocWords) return "min_words";
        if (s.maxDocWords > 0 && words > s.maxDocWords) return "max_words";
        if (words == 0) return null;
        long chars = 0;
        for (int i = 0; i < words; i++) chars += p.length(i);
        double mean = (double) chars / words;
        if (s.minAvgWordLength > 0 && mean < s.minAvgWordLength) return "mean_word_length";
        if (s.maxAvgWordLength > 0 && mean > s.maxAvgWordLength) return "mean_word_length";
        double tokens = s.countPunctuation ? p.tokens() : words;
        if (s.maxSymbolWordRatio > 0) {
            if (count(text, "#") / tokens > s.maxSymbolWordRatio) return "hash_ratio";
            if ((count(text, "...") + count(text, "…")) / tokens > s.maxSymbolWordRatio) return "ellipsis_ratio";
        }
        List<String> lines = Lines.splitLines(text);
        if (s.maxBulletLinesRatio > 0 && !lines.isEmpty()) {
            int bullets = 0;
            for (String l : lines) {
                String t = l.stripLeading();
                if (t.startsWith("•") || t.startsWith("-")) bullets++;
            }
            if ((double) bullets / lines.size() > s.maxBulletLinesRatio) return "bullet_lines";
        }
        if (s.maxEllipsisLinesRatio > 0 && !lines.isEmpty()) {
            int ellipsis = 0;
            for (String l : lines) {
                String t = l.stripTrailing();
                if (t.endsWith("...") || t.endsWith("…")) ellipsis++;
            }
            if ((double) ellipsis / lines.size() > s.maxEllipsisLinesRatio) return "ellipsis_lines";
        }
        if (s.maxNonAlphaWordsRatio > 0 && p.wordsWithLetter / tokens < s.maxNonAlphaWordsRatio) return "alpha_words";
        if (s.minStopWords > 0 && s.stopWords.count(p, s.minStopWords, s.stopWordAffixes) < s.minStopWords) return "stop_words";
        return null;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) n++;
        return n;
    }

    /**
     * The thresholds of the rules, under datatrove's names.
     */
    public static final class Settings implements PerLanguageFilter.Switch {

        /** datatrove's {@code STOP_WORDS}, the Gopher paper's English list. */
        public static final List<String> ENGLISH_STOP_WORDS = List.of("the", "be", "to", "of", "and", "that", "have", "with");
        private static final int MAX_WORDS_LIMIT = 100_000_000;
        /** FineWeb-2 has word-length bounds in the thousands (Xhosa's maximum 3141: in effect no bound). */
        private static final double MAX_WORD_LENGTH_LIMIT = 100_000;

        final boolean enabled;
        final int minDocWords;
        final int maxDocWords;
        final double minAvgWordLength;
        final double maxAvgWordLength;
        final double maxSymbolWordRatio;
        final double maxBulletLinesRatio;
        final double maxEllipsisLinesRatio;
        final double maxNonAlphaWordsRatio;
        final int minStopWords;
        final StopWords stopWords;
        final boolean countPunctuation;
        final boolean stopWordAffixes;

        private Settings(boolean enabled, int minDocWords, int maxDocWords, double minAvgWordLength, double maxAvgWordLength,
                         double maxSymbolWordRatio, double maxBulletLinesRatio, double maxEllipsisLinesRatio,
                         double maxNonAlphaWordsRatio, int minStopWords, StopWords stopWords, boolean countPunctuation,
                         boolean stopWordAffixes) {
            this.enabled = enabled;
            this.minDocWords = minDocWords;
            this.maxDocWords = maxDocWords;
            this.minAvgWordLength = minAvgWordLength;
            this.maxAvgWordLength = maxAvgWordLength;
            this.maxSymbolWordRatio = maxSymbolWordRatio;
            this.maxBulletLinesRatio = maxBulletLinesRatio;
            this.maxEllipsisLinesRatio = maxEllipsisLinesRatio;
            this.maxNonAlphaWordsRatio = maxNonAlphaWordsRatio;
            this.minStopWords = minStopWords;
            this.stopWords = stopWords;
            this.countPunctuation = countPunctuation;
            this.stopWordAffixes = stopWordAffixes;
        }

        /** datatrove's defaults, with English stop words. */
        public static Settings defaults() {
            return new Settings(true, 50, 100_000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2, new StopWords(ENGLISH_STOP_WORDS), false, false);
        }

        /** {@code base} with the keys this section sets. Does not call {@link Params#finish()}. */
        public static Settings fromParams(Params p, Settings base) {
            boolean enabled = p.bool("enabled", base.enabled);
            int minDocWords = p.intIn("min_doc_words", base.minDocWords, 0, MAX_WORDS_LIMIT);
            int maxDocWords = p.intIn("max_doc_words", base.maxDocWords, 0, MAX_WORDS_LIMIT);
            double minAvg = p.doubleIn("min_avg_word_length", base.minAvgWordLength, 0, MAX_WORD_LENGTH_LIMIT);
            double maxAvg = p.doubleIn("max_avg_word_length", base.maxAvgWordLength, 0, MAX_WORD_LENGTH_LIMIT);
            double symbol = p.doubleIn("max_symbol_word_ratio", base.maxSymbolWordRatio, 0, 1);
            double bullets = p.doubleIn("max_bullet_lines_ratio", base.maxBulletLinesRatio, 0, 1);
            double ellipsis = p.doubleIn("max_ellipsis_lines_ratio", base.maxEllipsisLinesRatio, 0, 1);
            double alpha = p.doubleIn("max_non_alpha_words_ratio", base.maxNonAlphaWordsRatio, 0, 1);
            int minStop = p.intIn("min_stop_words", base.minStopWords, 0, MAX_WORDS_LIMIT);
            String stop = p.string("stop_words", null);
            StopWords stopWords = stop == null ? base.stopWords : new StopWords(Lines.listOfWords(stop));
            boolean punctuation = p.bool("count_punctuation", base.countPunctuation);
            boolean affixes = p.bool("stop_word_affixes", base.stopWordAffixes);
            return new Settings(enabled, minDocWords, maxDocWords, minAvg, maxAvg, symbol, bullets, ellipsis, alpha, minStop,
                    stopWords, punctuation, affixes);
        }

        public Settings withMinDocWords(int n) {
            return new Settings(enabled, n, maxDocWords, minAvgWordLength, maxAvgWordLength, maxSymbolWordRatio,
                    maxBulletLinesRatio, maxEllipsisLinesRatio, maxNonAlphaWordsRatio, minStopWords, stopWords, countPunctuation, stopWordAffixes);
        }

        public Settings withStopWords(List<String> words, int min) {
            return new Settings(enabled, minDocWords, maxDocWords, minAvgWordLength, maxAvgWordLength, maxSymbolWordRatio,
                    maxBulletLinesRatio, maxEllipsisLinesRatio, maxNonAlphaWordsRatio, min, new StopWords(words), countPunctuation, stopWordAffixes);
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        public List<String> stopWords() {
            return stopWords.words();
        }

        @Override
        public String toString() {
            return (enabled ? "" : "enabled=false, ") + "min_doc_words=" + minDocWords + ", max_doc_words=" + maxDocWords
                    + ", min_avg_word_length=" + minAvgWordLength + ", max_avg_word_length=" + maxAvgWordLength
                    + ", max_symbol_word_ratio=" + maxSymbolWordRatio + ", max_bullet_lines_ratio=" + maxBulletLinesRatio
                    + ", max_ellipsis_lines_ratio=" + maxEllipsisLinesRatio
                    + ", max_non_alpha_words_ratio=" + maxNonAlphaWordsRatio + ", min_stop_words=" + minStopWords
                    + ", stop_words=" + String.join(" ", stopWords.words())
                    + (stopWordAffixes ? ", stop_word_affixes=true" : "")
                    + (countPunctuation ? ", count_punctuation=true" : "");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Settings s && toString().equals(s.toString());
        }

        @Override
        public int hashCode() {
            return toString().hashCode();
        }
    }

    /** Stop words grouped by length, matched against word spans without building strings. */
    static final class StopWords {
        private final List<String> words;
        private final String[][] byLength;

        StopWords(List<String> words) {
            this.words = List.copyOf(words);
            int max = words.stream().mapToInt(String::length).max().orElse(0);
            var lists = new ArrayList<List<String>>();
            for (int i = 0; i <= max; i++) lists.add(new ArrayList<>());
            for (String w : words) lists.get(w.length()).add(w);
            byLength = lists.stream().map(l -> l.toArray(new String[0])).toArray(String[][]::new);
        }

        List<String> words() {
            return words;
        }

        /**
         * Occurrences of stop words among the words of {@code p}, counting up to {@code enough}; with
         * {@code affixes}, a word that begins or ends with a stop word counts too.
         */
        int count(TextProfile p, int enough, boolean affixes) {
            int n = 0;
            for (int i = 0; i < p.words && n < enough; i++) {
                int len = p.length(i);
                if (affixes ? hasAffix(p.text, p.start[i], len) : matches(p.text, p.start[i], len, len)) n++;
            }
            return n;
        }

        /** Whether a stop word of length {@code len} starts at {@code from}. */
        private boolean matches(String text, int from, int len, int available) {
            if (len >= byLength.length || len > available) return false;
            for (String w : byLength[len]) {
                if (text.regionMatches(from, w, 0, len)) return true;
            }
            return false;
        }

        private boolean hasAffix(String text, int from, int wordLength) {
            for (int len = 1; len < byLength.length && len <= wordLength; len++) {
                if (matches(text, from, len, wordLength) || matches(text, from + wordLength - len, len, wordLength)) return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return Arrays.toString(byLength);
        }
    }
}
