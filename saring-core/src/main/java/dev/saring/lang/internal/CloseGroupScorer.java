package dev.saring.lang.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    /** Bits per character in a packed n-gram key: five characters fit in a long. */
    private static final int CODE_BITS = 12;
    private static final int MAX_CODES = (1 << CODE_BITS) - 1;
    /** Code of a letter that no model of the group has: n-grams holding it are in no model. */
    private static final int UNKNOWN = -1;

    private final Language[] languages;
    /** Letter → its code (1..{@link #MAX_CODES}) in packed keys; 0 for letters no model has. */
    private final short[] codes;
    /** Packed n-gram (its letters' codes, first letter highest) → row of {@link #logs}. */
    private final LongIntTable rows;
    /**
     * Row-major: per n-gram, the natural log of its probability in each language, NaN when the language
     * lacks it (a probability of 1, log 0, is common among fivegrams and stops the back-off).
     */
    private final float[] logs;

    private CloseGroupScorer(Language[] languages, short[] codes, LongIntTable rows, float[] logs) {
        this.languages = languages;
        this.codes = codes;
        this.rows = rows;
        this.logs = logs;
    }

    /** Reads the models of these languages from Lingua's jar. */
    public static CloseGroupScorer load(Collection<Language> group) {
        Language[] langs = EnumSet.copyOf(group).toArray(new Language[0]);
        var model = new Model(langs.length);
        var json = JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        for (int order = 0; order < MAX_ORDER; order++) {
            for (int li = 0; li < langs.length; li++) {
                String path = "/language-models/" + LinguaCodes.code(langs[li]) + "/" + FILES[order] + ".json";
                try (InputStream in = Language.class.getResourceAsStream(path)) {
                    if (in == null) continue;
                    read(json.createParser(in), li, model);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read Lingua's model " + path, e);
                }
            }
        }
        return new CloseGroupScorer(langs, model.codes, model.rows, Arrays.copyOf(model.logs, model.rows.size() * langs.length));
    }

    /** The group's n-grams while they are read. */
    private static final class Model {
        final int languages;
        final short[] codes = new short[Character.MAX_VALUE + 1];
        int nextCode = 1;
        final LongIntTable rows = new LongIntTable(1 << 16);
        float[] logs = new float[1 << 16];

        Model(int languages) {
            this.languages = languages;
        }

        void put(String ngram, int li, float logProb) {
            long key = 0;
            for (int i = 0; i < ngram.length(); i++) key = key << CODE_BITS | codeOf(ngram.charAt(i));
            int before = rows.size();
            int row = rows.idOf(key);
            int at = row * languages;
            if (row == before) {
                if (at + languages > logs.length) logs = Arrays.copyOf(logs, Math.max(logs.length * 2, at + languages));
                Arrays.fill(logs, at, at + languages, Float.NaN);
            }
            logs[at + li] = logProb;
        }

        private int codeOf(char c) {
            if (codes[c] == 0) {
                if (nextCode > MAX_CODES) {
                    throw new IllegalArgumentException("close group has more than " + MAX_CODES + " letters: not an alphabet");
                }
                codes[c] = (short) nextCode++;
            }
            return codes[c];
        }
    }

    private static void read(JsonParser p, int li, Model model) throws IOException {
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
                        if (!ngram.isEmpty()) model.put(ngram, li, logProb);
                    }
                }
                return;
            }
        }
    }

    /**
     * Lingua's confidence values for {@code text} among the group, most likely first (1.0), the others
     * relative to it; empty when the text has no letters or is mostly in another script.
     */
    public SortedMap<Language, Double> confidences(String text) {
        String clean = cleanUp(text);
        var values = new TreeMap<Language, Double>();
        if (clean.isEmpty() || !LatinScript.isMostlyLatin(List.of(clean))) return values;
        int n = languages.length;
        int[] letters = letterCodes(clean);
        boolean longText = clean.length() >= HIGH_ACCURACY_MAX_TEXT_LENGTH;
        int from = longText ? 3 : 1;
        int to = longText ? 3 : MAX_ORDER;
        float[] summed = new float[n];
        int[] unigramCounts = null;
        float[] sums = new float[n];
        boolean[] done = new boolean[n];
        for (int order = from; order <= to; order++) {
            if (clean.length() < order) continue;
            int[] starts = distinctNgrams(clean, letters, order);
            Arrays.fill(sums, 0);
            for (int start : starts) {
                // Each language takes the longest prefix it knows (Lingua's back-off), looked up once for all.
                Arrays.fill(done, false);
                int open = n;
                for (int len = knownPrefix(letters, start, order); len >= 1 && open > 0; len--) {
                    int row = rows.get(key(letters, start, len));
                    if (row < 0) continue;
                    for (int li = 0, at = row * n; li < n; li++, at++) {
                        if (!done[li] && !Float.isNaN(logs[at])) {
                            sums[li] += logs[at];
                            done[li] = true;
                            open--;
                        }
                    }
                }
            }
            for (int li = 0; li < n; li++) {
                if (sums[li] < 0) summed[li] += sums[li];
            }
            if (order == 1) {
                unigramCounts = new int[n];
                for (int start : starts) {
                    if (letters[start] == UNKNOWN) continue;
                    int row = rows.get(letters[start]);
                    if (row < 0) continue;
                    for (int li = 0; li < n; li++) if (!Float.isNaN(logs[row * n + li])) unigramCounts[li]++;
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

    /** Per character of a cleaned text: its code, {@link #UNKNOWN} for a letter no model has, 0 for a non-letter. */
    private int[] letterCodes(String clean) {
        int[] out = new int[clean.length()];
        for (int i = 0; i < out.length; i++) {
            char c = clean.charAt(i);
            if (!Character.isLetter(c)) continue;
            out[i] = codes[c] == 0 ? UNKNOWN : codes[c];
        }
        return out;
    }

    /** How many letters from {@code start} (at most {@code order}) have codes: only such prefixes can be in a model. */
    private static int knownPrefix(int[] letters, int start, int order) {
        int len = 0;
        while (len < order && letters[start + len] > 0) len++;
        return len;
    }

    private static long key(int[] letters, int start, int len) {
        long key = 0;
        for (int i = start; i < start + len; i++) key = key << CODE_BITS | letters[i];
        return key;
    }

    /**
     * Start offsets of the distinct substrings of {@code order} letters, one (the first) per distinct
     * substring. Substrings of known letters are told apart by their packed keys; the rare ones holding a
     * letter no model has, by their text.
     */
    private static int[] distinctNgrams(String clean, int[] letters, int order) {
        int len = clean.length();
        int[] starts = new int[len];
        int count = 0;
        var keys = new LongSet(len);
        HashSet<String> others = null;
        int run = 0;
        for (int i = 0; i < len; i++) {
            run = letters[i] != 0 ? run + 1 : 0;
            if (run < order) continue;
            int start = i - order + 1;
            boolean isNew;
            if (knownPrefix(letters, start, order) == order) {
                isNew = keys.add(key(letters, start, order));
            } else {
                if (others == null) others = new HashSet<>();
                isNew = others.add(clean.substring(start, i + 1));
            }
            if (isNew) starts[count++] = start;
        }
        return Arrays.copyOf(starts, count);
    }

    /** A set of non-zero longs for one text: open addressing, no boxing. */
    private static final class LongSet {
        private static final long MIX = 0x9E3779B97F4A7C15L;
        private final long[] slots;
        private final int shift;

        LongSet(int expected) {
            int cap = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
            slots = new long[cap];
            shift = Long.numberOfLeadingZeros(cap - 1L);
        }

        /** Adds {@code key}; whether it was new. */
        boolean add(long key) {
            int mask = slots.length - 1;
            for (int i = (int) ((key * MIX) >>> shift); ; i = (i + 1) & mask) {
                if (slots[i] == key) return false;
                if (slots[i] == 0) {
                    slots[i] = key;
                    return true;
                }
            }
        }
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

    @Override
    public String toString() {
        return "CloseGroupScorer" + Arrays.toString(languages);
    }
}
