package dev.saring.lang.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lingua 1.2.2's high-accuracy scoring of a short text among a few close languages (Indonesian and Malay),
 * computed here from Lingua's own uni- to fivegram models in one lookup per n-gram for all the languages
 * at once, and on the calling thread. Lingua's detector does the same work once per language per n-gram
 * order, as five tasks on the common fork-join pool; for the many short windows of a document's
 * close-group duel that costs several times more. What it reproduces of Lingua (a test holds it to
 * Lingua's answers on the shared corpora): the clean-up of the text (lower case; punctuation and digits
 * removed; spaces collapsed), the distinct letter n-grams of each order (trigrams only from 120 characters
 * on), the sum of log-probabilities per order backing off to shorter prefixes, the division by the number
 * of unigrams each language knows, and the relative confidence values. What it leaves out: Lingua's rules
 * for unique characters and scripts, which never separate languages that share an alphabet; text mostly
 * in another script gets no answer. Immutable and safe to share across threads.
 */
public final class CloseGroupScorer {

    /** Lingua's bound: from this many characters on, only trigrams are scored. */
    static final int HIGH_ACCURACY_MAX_TEXT_LENGTH = 120;
    private static final int MAX_ORDER = 5;
    private static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private final Language[] languages;
    /**
     * Per order (index 0 = unigrams): n-gram → natural log of its probability in each language, NaN when
     * the language lacks it (a probability of 1, log 0, is common among fivegrams and stops the back-off).
     */
    private final List<Map<String, float[]>> models;

    private CloseGroupScorer(Language[] languages, List<Map<String, float[]>> models) {
        this.languages = languages;
        this.models = models;
    }

    /** Reads the models of these languages from Lingua's jar. */
    public static CloseGroupScorer load(Collection<Language> group) {
        Language[] langs = EnumSet.copyOf(group).toArray(new Language[0]);
        var models = new ArrayList<Map<String, float[]>>(MAX_ORDER);
        var json = JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        for (int order = 0; order < MAX_ORDER; order++) {
            var model = new HashMap<String, float[]>();
            for (int li = 0; li < langs.length; li++) {
                String path = "/language-models/" + LinguaCodes.code(langs[li]) + "/" + FILES[order] + ".json";
                try (InputStream in = Language.class.getResourceAsStream(path)) {
                    if (in == null) continue;
                    read(json.createParser(in), li, langs.length, model);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read Lingua's model " + path, e);
                }
            }
            models.add(model);
        }
        return new CloseGroupScorer(langs, List.copyOf(models));
    }

    private static void read(JsonParser p, int li, int n, Map<String, float[]> model) throws IOException {
        try (p) {
            while (p.nextToken() != null) {
                if (p.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(p.currentName())) continue;
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String fraction = p.currentName();
                    int slash = fraction.indexOf('/');
                    float logProb = (float) Math.log((float) (Double.parseDouble(fraction.substring(0, slash))
                            / Double.parseDouble(fraction.substring(slash + 1))));
                    p.nextToken();
                    for (String ngram : p.getText().split(" ")) {
                        if (!ngram.isEmpty()) model.computeIfAbsent(ngram, k -> absent(n))[li] = logProb;
                    }
                }
                return;
            }
        }
    }

    private static float[] absent(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, Float.NaN);
        return a;
    }

    /**
     * Lingua's confidence values for {@code text} among the group, most likely first (1.0), the others
     * relative to it; empty when the text has no letters or is mostly in another script.
     */
    public SortedMap<Language, Double> confidences(String text) {
        String clean = cleanUp(text);
        var values = new TreeMap<Language, Double>();
        if (clean.isEmpty() || !mostlyLatin(clean)) return values;
        int n = languages.length;
        boolean longText = clean.length() >= HIGH_ACCURACY_MAX_TEXT_LENGTH;
        int from = longText ? 3 : 1;
        int to = longText ? 3 : MAX_ORDER;
        float[] summed = new float[n];
        boolean[] found = new boolean[n];
        int[] unigramCounts = null;
        for (int order = from; order <= to; order++) {
            if (clean.length() < order) continue;
            var ngrams = ngrams(clean, order);
            float[] sums = new float[n];
            boolean[] done = new boolean[n];
            for (String g : ngrams) {
                // Each language takes the longest prefix of g it knows (Lingua's back-off), looked up once for all.
                java.util.Arrays.fill(done, false);
                int open = n;
                for (int len = g.length(); len >= 1 && open > 0; len--) {
                    float[] logs = models.get(len - 1).get(len == g.length() ? g : g.substring(0, len));
                    if (logs == null) continue;
                    for (int li = 0; li < n; li++) {
                        if (!done[li] && !Float.isNaN(logs[li])) {
                            sums[li] += logs[li];
                            done[li] = true;
                            open--;
                        }
                    }
                }
            }
            for (int li = 0; li < n; li++) {
                if (sums[li] < 0) {
                    summed[li] += sums[li];
                    found[li] = true;
                }
            }
            if (order == 1) {
                unigramCounts = new int[n];
                for (String g : ngrams) {
                    float[] logs = models.get(0).get(g);
                    if (logs == null) continue;
                    for (int li = 0; li < n; li++) if (!Float.isNaN(logs[li])) unigramCounts[li]++;
                }
            }
        }
        float highest = 0;
        boolean any = false;
        for (int li = 0; li < n; li++) {
            if (unigramCounts != null && unigramCounts[li] > 0) summed[li] /= unigramCounts[li];
            if (summed[li] != 0 && (!any || summed[li] > highest)) {
                highest = summed[li];
                any = true;
            }
        }
        if (!any) return values;
        for (int li = 0; li < n; li++) {
            if (summed[li] != 0) values.put(languages[li], (double) (highest / summed[li]));
        }
        var sorted = new TreeMap<Language, Double>(Comparator.<Language>comparingDouble(l -> -values.get(l)).thenComparing(l -> l));
        sorted.putAll(values);
        return sorted;
    }

    /** Lingua's clean-up: trimmed, lower case, no punctuation or digits, runs of spaces as one. */
    static String cleanUp(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (isPunctuation(type) || isNumber(type)) continue;
            if (Character.isWhitespace(cp)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) sb.append(' ');
            space = false;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean mostlyLatin(String clean) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
            else other++;
        }
        return latin > other;
    }

    /** The distinct substrings of {@code order} letters. */
    private static HashSet<String> ngrams(String s, int order) {
        var out = new HashSet<String>();
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isLetter(s.charAt(i)) ? run + 1 : 0;
            if (run >= order) out.add(s.substring(i - order + 1, i + 1));
        }
        return out;
    }

    @Override
    public String toString() {
        return "CloseGroupScorer" + java.util.Arrays.toString(languages);
    }
}
