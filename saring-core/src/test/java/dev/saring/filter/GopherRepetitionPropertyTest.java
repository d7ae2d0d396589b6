package dev.saring.filter;

import dev.saring.pipeline.Params;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;

/** The hashed n-gram rules against datatrove's string-based definitions, on random word sequences. */
class GopherRepetitionPropertyTest {

    private static final List<String> VOCABULARY = List.of("a", "bb", "ccc", "dd", "e", "fff");
    private static final double EPSILON = 1e-9;

    /** datatrove's {@code find_all_duplicate}: greedy, joined without spaces. */
    static long allDuplicate(List<String> words, int n) {
        var unique = new HashSet<String>();
        long repeated = 0;
        int idx = 0;
        while (idx < words.size() - n + 1) {
            String ngram = String.join("", words.subList(idx, idx + n));
            if (unique.contains(ngram)) {
                repeated += ngram.length();
                idx += n;
            } else {
                unique.add(ngram);
                idx++;
            }
        }
        return repeated;
    }

    /** datatrove's {@code find_top_duplicate}: most common n-gram (first seen on ties), joined with spaces. */
    static long topDuplicate(List<String> words, int n) {
        var counts = new LinkedHashMap<String, Integer>();
        for (int i = 0; i + n <= words.size(); i++) counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        String best = null;
        for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return (long) best.length() * counts.get(best);
    }

    private static GopherRepetitionFilter only(String key, String spec) {
        var settings = new HashMap<String, Object>(Map.of("dup_line_frac", 0, "dup_para_frac", 0,
                "dup_line_char_frac", 0, "dup_para_char_frac", 0, "top_n_grams", "", "dup_n_grams", ""));
        settings.put(key, spec);
        return GopherRepetitionFilter.fromParams(Params.of("gopher-repetition", settings));
    }

    @Property(tries = 300)
    void duplicateNgramFractionsAreDatatroves(@ForAll @Size(min = 10, max = 120) List<@IntRange(min = 0, max = 5) Integer> picks,
                                              @ForAll @IntRange(min = 2, max = 8) int n) {
        var words = new ArrayList<String>();
        for (int p : picks) words.add(VOCABULARY.get(p));
        String text = String.join(" ", words);
        double fraction = (double) allDuplicate(words, n) / text.length();
        assertThat(verdict(only("dup_n_grams", n + ":" + Math.min(1, fraction + EPSILON)), doc(text))).isEqualTo("kept");
        if (fraction > EPSILON) {
            assertThat(verdict(only("dup_n_grams", n + ":" + (fraction - EPSILON)), doc(text))).isEqualTo("gopher:dup_" + n + "_gram");
        }
    }

    @Property(tries = 300)
    void topNgramFractionsAreDatatroves(@ForAll @Size(min = 10, max = 120) List<@IntRange(min = 0, max = 5) Integer> picks,
                                        @ForAll @IntRange(min = 2, max = 5) int n) {
        var words = new ArrayList<String>();
        for (int p : picks) words.add(VOCABULARY.get(p));
        String text = String.join(" ", words);
        double fraction = (double) topDuplicate(words, n) / text.length();
        // overlapping n-grams ("ccc ccc ccc" three times in five "ccc") can cover more than the text, as in
        // datatrove: then no threshold allowed (at most 1) keeps the document
        if (fraction + EPSILON <= 1) {
            assertThat(verdict(only("top_n_grams", n + ":" + (fraction + EPSILON)), doc(text))).isEqualTo("kept");
        } else {
            assertThat(verdict(only("top_n_grams", n + ":1"), doc(text))).isEqualTo("gopher:top_" + n + "_gram");
        }
        if (fraction - EPSILON > 0 && fraction - EPSILON <= 1) {
            assertThat(verdict(only("top_n_grams", n + ":" + (fraction - EPSILON)), doc(text))).isEqualTo("gopher:top_" + n + "_gram");
        }
    }
}
