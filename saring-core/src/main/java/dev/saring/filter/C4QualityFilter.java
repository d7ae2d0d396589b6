package dev.saring.filter;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The document-level rules of C4 (Raffel et al. 2020, as datatrove's {@code C4QualityFilter}); the rules
 * that drop single lines belong to line cleaning. A document is dropped, with reason {@code c4:<rule>},
 * when:
 * <ul>
 *   <li>{@code lorem_ipsum}: a line contains "lorem ipsum" ({@code filter_lorem_ipsum});</li>
 *   <li>{@code curly_bracket}: a line contains <code>{</code> ({@code filter_curly_bracket}), unless the line
 *       belongs to a kept code block of the extractor ({@code <pre>}): C4 dropped such pages because it could not
 *       tell code from prose, and the extractor can;</li>
 *   <li>{@code min_sentences}: it has fewer than {@code min_num_sentences} (5) sentences.</li>
 * </ul>
 * As in datatrove, these look only at the lines C4's line rules would keep — lines that end in terminal
 * punctuation ({@code . ? ! " '}, not an ellipsis; {@code filter_no_terminal_punct}) once Wikipedia-style
 * citations are removed ({@code remove_citations}), that have at least {@code min_words_per_line} (3)
 * words and no run of more than {@code max_word_length} (1000) non-space characters; lines mentioning
 * "javascript" ({@code filter_javascript}) or a cookie or terms-of-use phrase ({@code filter_policy}) are
 * not counted as sentences. Sentences are ICU's, in the document's language. {@code min_num_sentences} of
 * -1 turns that rule off. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step c4 = C4QualityFilter.fromParams(Params.of("c4-quality", Map.of("min_num_sentences", 3)));
 * }</pre>
 */
public final class C4QualityFilter extends PerLanguageFilter<C4QualityFilter.Settings> {

    public static final String NAME = "c4-quality";
    static final String FAMILY = "c4:";
    private static final Pattern CITATION = Pattern.compile("\\[\\d*]|\\[edit]|\\[citation needed]");
    /** C4's {@code . ? ! " '}, with every quotation mark: a quoted sentence ends in ” or » as much as in ". */
    private static final String END_PUNCTUATION = ".?!" + FineWebQualityFilter.QUOTATION_MARKS;
    private static final List<String> POLICY_PHRASES = List.of("terms of use", "privacy policy", "cookie policy",
            "uses cookies", "use of cookies", "use cookies");

    private final TextProfiles profiles;
    private final ConcurrentHashMap<String, BreakIterator> sentenceRules = new ConcurrentHashMap<>();

    C4QualityFilter(PerLanguage<Settings> settings, TextProfiles profiles) {
        super(NAME, FAMILY, settings);
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    public static C4QualityFilter defaults() {
        return new C4QualityFilter(PerLanguage.only(Settings.defaults()), new TextProfiles());
    }

    public static C4QualityFilter fromParams(Params p) {
        Settings s = Settings.fromParams(p, Settings.defaults());
        p.finish();
        return new C4QualityFilter(PerLanguage.only(s), new TextProfiles());
    }

    public static C4QualityFilter perLanguage(Settings fallback, Map<String, Settings> byLanguage) {
        return new C4QualityFilter(new PerLanguage<>(fallback, byLanguage), new TextProfiles());
    }

    @Override
    String failedRule(Settings s, Document doc) {
        String text = doc.text();
        TextProfile p = null;
        BreakIterator sentences = null;
        int found = 0;
        Set<String> codeLines = null;
        int[] spans = Lines.lineSpans(text);
        for (int k = 0; k < spans.length; k += 2) {
            int from = spans[k];
            int to = spans[k + 1];
            while (from < to && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (from == to) continue;
            if (s.maxWordLength() >= 0 && hasLongerRun(text, from, to, s.maxWordLength())) continue;
            String line = text.substring(from, to);
            if (s.removeCitations() && line.indexOf('[') >= 0) line = CITATION.matcher(line).replaceAll("");
            if (s.filterNoTerminalPunct() && (line.isEmpty() || END_PUNCTUATION.indexOf(line.charAt(line.length() - 1)) < 0
                    || line.endsWith("..."))) continue;
            if (p == null) p = profiles.of(doc);
            if (s.minWordsPerLine() > 0 && wordsIn(p, from, to) < s.minWordsPerLine()) continue;
            String lower = line.toLowerCase(Locale.ROOT);
            if (s.filterLoremIpsum() && lower.contains("lorem ipsum")) return "lorem_ipsum";
            if (s.filterJavascript() && lower.contains("javascript")) continue;
            if (s.filterCurlyBracket() && line.indexOf('{') >= 0) {
                if (codeLines == null) codeLines = codeLines(doc);
                if (!codeLines.contains(text.substring(from, to))) return "curly_bracket";
                continue;
            }
            if (s.filterPolicy() && POLICY_PHRASES.stream().anyMatch(lower::contains)) continue;
            if (s.minNumSentences() > 0 && found < s.minNumSentences()) {
                if (sentences == null) sentences = sentenceRules(doc);
                found += countSentences(sentences, line);
            }
        }
        if (s.minNumSentences() > 0 && found < s.minNumSentences()) return "min_sentences";
        return null;
    }

    /** The stripped lines of the document's kept code blocks; built only for a document with a '{' line. */
    private static Set<String> codeLines(Document doc) {
        Set<String> lines = null;
        for (Block b : doc.blocks()) {
            if (b.role() != Role.CODE || !b.isKept()) continue;
            if (lines == null) lines = new HashSet<>();
            for (String l : Lines.splitLines(b.text())) {
                String t = l.strip();
                if (!t.isEmpty()) lines.add(t);
            }
        }
        return lines == null ? Set.of() : lines;
    }

    private static boolean hasLongerRun(String text, int from, int to, int max) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > max) return true;
        }
        return false;
    }

    /** Words inside [from, to): words never cross a line break, so those that start there. */
    private static int wordsIn(TextProfile p, int from, int to) {
        return p.firstWordAtOrAfter(to) - p.firstWordAtOrAfter(from);
    }

    private BreakIterator sentenceRules(Document doc) {
        String lang = doc.lang().filter(LanguageGuess::isKnown).map(LanguageGuess::code).orElse("");
        BreakIterator prototype = sentenceRules.computeIfAbsent(lang,
                l -> BreakIterator.getSentenceInstance(l.isEmpty() ? ULocale.ROOT : ULocale.forLanguageTag(l)));
        return prototype.clone();
    }

    private static int countSentences(BreakIterator it, String line) {
        it.setText(line);
        int n = 0;
        it.first();
        while (it.next() != BreakIterator.DONE) n++;
        return n;
    }

    /** The thresholds and switches of the rules, under datatrove's names. */
    public record Settings(boolean enabled, int minNumSentences, int minWordsPerLine, int maxWordLength,
                           boolean removeCitations, boolean filterNoTerminalPunct, boolean filterLoremIpsum,
                           boolean filterCurlyBracket, boolean filterJavascript, boolean filterPolicy) implements PerLanguageFilter.Switch {

        private static final int LIMIT = 1_000_000;

        /** datatrove's defaults. */
        public static Settings defaults() {
            return new Settings(true, 5, 3, 1000, true, true, true, true, true, true);
        }

        /** {@code base} with the keys this section sets. Does not call {@link Params#finish()}. */
        public static Settings fromParams(Params p, Settings base) {
            return new Settings(
                    p.bool("enabled", base.enabled),
                    p.intIn("min_num_sentences", base.minNumSentences, -1, LIMIT),
                    p.intIn("min_words_per_line", base.minWordsPerLine, -1, LIMIT),
                    p.intIn("max_word_length", base.maxWordLength, -1, LIMIT),
                    p.bool("remove_citations", base.removeCitations),
                    p.bool("filter_no_terminal_punct", base.filterNoTerminalPunct),
                    p.bool("filter_lorem_ipsum", base.filterLoremIpsum),
                    p.bool("filter_curly_bracket", base.filterCurlyBracket),
                    p.bool("filter_javascript", base.filterJavascript),
                    p.bool("filter_policy", base.filterPolicy));
        }

        @Override
        public String toString() {
            return (enabled ? "" : "enabled=false, ") + "min_num_sentences=" + minNumSentences
                    + ", min_words_per_line=" + minWordsPerLine + ", max_word_length=" + maxWordLength
                    + ", remove_citations=" + removeCitations + ", filter_no_terminal_punct=" + filterNoTerminalPunct
                    + ", filter_lorem_ipsum=" + filterLoremIpsum + ", filter_curly_bracket=" + filterCurlyBracket
                    + ", filter_javascript=" + filterJavascript + ", filter_policy=" + filterPolicy;
        }
    }
}
