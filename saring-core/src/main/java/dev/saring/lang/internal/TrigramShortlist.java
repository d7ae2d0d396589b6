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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A fast first pass over Lingua's own trigram models: one hash lookup per trigram of the text gives the
 * log-probability of that trigram in every language at once, where Lingua looks it up once per language.
 * It only proposes candidates; Lingua decides among them. Cost per text: a few microseconds per window,
 * whatever the number of languages.
 *
 * <p>The models are read from Lingua's jar ({@code /language-models/<code>/trigrams.json}, Lingua 1.2.2's
 * layout; a test pins it). Languages that Lingua recognises by their script alone (Armenian) have no
 * trigram model and never make the shortlist: Lingua's rules name them before any n-gram is scored. Each trigram's probability is Lingua's conditional {@code P(c3 | c1 c2)}; a
 * trigram a language lacks costs it {@link #UNSEEN_LOG_PROB}, which stands for Lingua's back-off to
 * bigrams and unigrams. Immutable and safe to share across threads after construction.
 */
public final class TrigramShortlist {

    /** Log-probability charged for a trigram that a language's model lacks (about e^-11.5 = 1e-5). */
    static final float UNSEEN_LOG_PROB = -11.5f;
    private static final int TRIGRAM = 3;
    private static final int CHAR_BITS = 16;
    private static final int EXPECTED_TRIGRAMS = 1 << 18;
    private static final int EXPECTED_ENTRIES = 1 << 20;

    private final Language[] languages;
    private final LongIntTable table;
    /** Entries of trigram id {@code t} are {@code [start[t], start[t + 1])} of {@link #lang} and {@link #gain}. */
    private final int[] start;
    private final byte[] lang;
    /** {@code ln P - UNSEEN_LOG_PROB}: what having the trigram is worth over lacking it. */
    private final float[] gain;

    private TrigramShortlist(Language[] languages, LongIntTable table, int[] start, byte[] lang, float[] gain) {
        this.languages = languages;
        this.table = table;
        this.start = start;
        this.lang = lang;
        this.gain = gain;
    }

    /** Reads the trigram models of these languages from Lingua's jar (about 0.5 s for all 75). */
    public static TrigramShortlist load(Collection<Language> languages) {
        Language[] langs = EnumSet.copyOf(languages).toArray(new Language[0]);
        if (langs.length > Byte.MAX_VALUE) throw new IllegalArgumentException("too many languages: " + langs.length);
        // Fractions as field names are many and used once: interning them only costs time.
        var json = JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        // Inflating and parsing the models is most of the start-up of a one-page command: in parallel, then
        // merged in language order so that the table is the same whatever the threads.
        List<Model> models = IntStream.range(0, langs.length).parallel()
                .mapToObj(li -> readModel(json, langs[li])).toList();
        var table = new LongIntTable(EXPECTED_TRIGRAMS);
        var entries = new Entries(EXPECTED_ENTRIES);
        for (int li = 0; li < langs.length; li++) {
            Model m = models.get(li);
            for (int i = 0; i < m.size; i++) entries.add(table.idOf(m.trigrams[i]), (byte) li, m.logProbs[i]);
        }
        // Counting sort of the entries by trigram id into one compact array.
        int n = table.size();
        int[] start = new int[n + 1];
        for (int i = 0; i < entries.size; i++) start[entries.trigram[i] + 1]++;
        for (int t = 0; t < n; t++) start[t + 1] += start[t];
        int[] fill = Arrays.copyOf(start, n);
        byte[] lang = new byte[entries.size];
        float[] gain = new float[entries.size];
        for (int i = 0; i < entries.size; i++) {
            int at = fill[entries.trigram[i]]++;
            lang[at] = entries.lang[i];
            gain[at] = entries.logProb[i] - UNSEEN_LOG_PROB;
        }
        return new TrigramShortlist(langs, table, start, lang, gain);
    }

    /** One language's trigrams, packed, with their log-probabilities; empty for a language without a model. */
    record Model(long[] trigrams, float[] logProbs, int size) {
    }

    private static Model readModel(JsonFactory json, Language language) {
        String path = "/language-models/" + LinguaCodes.code(language) + "/trigrams.json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            // languages with a script of their own (Armenian) have unigrams only
            if (in == null) return new Model(new long[0], new float[0], 0);
            byte[] bytes = in.readAllBytes();
            Model fast = readModelBytes(bytes);
            return fast != null ? fast : readModel(json.createParser(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua's model " + path, e);
        }
    }

    /**
     * The same model read straight from its bytes, without a JSON parser: three times quicker, which is most
     * of a one-page command's start-up. Null when the file is not in the plain shape Lingua 1.2.2 writes (an
     * escape, an unexpected character), for {@link #readModel(JsonParser)} to read it.
     */
    static Model readModelBytes(byte[] b) {
        int i = indexOf(b, NGRAMS_KEY);
        if (i < 0) return null;
        i += NGRAMS_KEY.length;
        var m = new ModelBuilder();
        char[] token = new char[TRIGRAM + 1];
        while (i < b.length && b[i] != '}') {
            if (b[i] == ',') i++;
            if (i >= b.length || b[i++] != '"') return null;
            long num = 0;
            long den = 0;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') num = num * 10 + (b[i++] - '0');
            if (i >= b.length || b[i++] != '/') return null;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') den = den * 10 + (b[i++] - '0');
            if (i + 1 >= b.length || b[i++] != '"' || b[i++] != ':' || b[i++] != '"' || den == 0) return null;
            float logProb = (float) (Math.log(num) - Math.log(den));
            int len = 0;
            while (true) {
                if (i >= b.length) return null;
                int c = b[i] & 0xFF;
                if (c == '\\') return null;
                if (c == ' ' || c == '"') {
                    if (len == TRIGRAM) m.add(((long) token[0] << (2 * CHAR_BITS)) | ((long) token[1] << CHAR_BITS) | token[2], logProb);
                    len = 0;
                    i++;
                    if (c == '"') break;
                    continue;
                }
                int cp;
                if (c < 0x80) {
                    cp = c;
                    i++;
                } else if (c >= 0xC2 && c <= 0xDF && i + 1 < b.length) {
                    cp = (c & 0x1F) << 6 | (b[i + 1] & 0x3F);
                    i += 2;
                } else if (c >= 0xE0 && c <= 0xEF && i + 2 < b.length) {
                    cp = (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
                    i += 3;
                } else {
                    return null;   // four-byte characters are two chars: left to the JSON parser
                }
                if (len <= TRIGRAM) token[len] = (char) cp;
                len++;
            }
        }
        return m.build();
    }

    private static final byte[] NGRAMS_KEY = "\"ngrams\":{".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static int indexOf(byte[] b, byte[] key) {
        outer:
        for (int i = 0; i + key.length <= b.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (b[i + k] != key[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Growable arrays of one model's trigrams while it is read. */
    private static final class ModelBuilder {
        long[] trigrams = new long[1 << 14];
        float[] logProbs = new float[trigrams.length];
        int size;

        void add(long trigram, float logProb) {
            if (size == trigrams.length) {
                trigrams = Arrays.copyOf(trigrams, size * 2);
                logProbs = Arrays.copyOf(logProbs, size * 2);
            }
            trigrams[size] = trigram;
            logProbs[size++] = logProb;
        }

        Model build() {
            return new Model(trigrams, logProbs, size);
        }
    }

    /** {"language":"…","ngrams":{"434/2757":"cca ccb", …}}: a fraction, then the trigrams that have it. */
    static Model readModel(JsonParser p) throws IOException {
        var m = new ModelBuilder();
        try (p) {
            while (p.nextToken() != null) {
                if (p.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(p.currentName())) continue;
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    float logProb = logOfFraction(p.currentName());
                    p.nextToken();
                    String ngrams = p.getText();
                    for (int from = 0, to; from < ngrams.length(); from = to + 1) {
                        to = ngrams.indexOf(' ', from);
                        if (to < 0) to = ngrams.length();
                        if (to - from == TRIGRAM) m.add(pack(ngrams, from), logProb);
                    }
                }
                break;
            }
        }
        return m.build();
    }

    private static float logOfFraction(String fraction) {
        int slash = fraction.indexOf('/');
        if (slash < 0) throw new IllegalStateException("not a fraction in Lingua's model: " + fraction);
        return (float) (Math.log(Long.parseLong(fraction, 0, slash, 10))
                - Math.log(Long.parseLong(fraction, slash + 1, fraction.length(), 10)));
    }

    private static long pack(CharSequence s, int i) {
        return ((long) s.charAt(i) << (2 * CHAR_BITS)) | ((long) s.charAt(i + 1) << CHAR_BITS) | s.charAt(i + 2);
    }

    /**
     * The {@code k} languages whose trigram models explain these texts best, most likely first; fewer when
     * fewer languages share any trigram with the texts (none for texts without three letters in a row).
     */
    public EnumSet<Language> top(Collection<String> texts, int k) {
        var evidence = new Evidence(languages.length);
        for (String text : texts) add(text, evidence);
        return top(evidence, k);
    }

    /**
     * The trigram evidence of one text for every language at once: what {@link #top(Evidence, int)} ranks
     * and {@link Evidence#leadPerTrigram()} measures.
     *
     * <pre>{@code
     * Evidence e = shortlist.evidence("the quick brown fox jumps over the lazy dog");
     * shortlist.leader(e);    // ENGLISH
     * e.leadPerTrigram();     // how far ahead of the runner-up, per trigram read
     * }</pre>
     */
    public Evidence evidence(String text) {
        var evidence = new Evidence(languages.length);
        add(text, evidence);
        return evidence;
    }

    /** The {@code k} languages with most evidence, most likely first (see {@link #top(Collection, int)}). */
    public EnumSet<Language> top(Evidence evidence, int k) {
        var out = EnumSet.noneOf(Language.class);
        if (evidence.trigrams == 0) return out;
        float[] score = evidence.score;
        boolean[] taken = new boolean[languages.length];
        for (int round = 0; round < k; round++) {
            int best = -1;
            for (int li = 0; li < languages.length; li++) {
                if (!taken[li] && score[li] > 0 && (best < 0 || score[li] > score[best])) best = li;
            }
            if (best < 0) break;
            taken[best] = true;
            out.add(languages[best]);
        }
        return out;
    }

    /** The language with most evidence, or null when the text has no known trigram. */
    public Language leader(Evidence evidence) {
        return evidence.first < 0 ? null : languages[evidence.first];
    }

    /** The language with the second most evidence, or null when fewer than two languages have any. */
    public Language runnerUp(Evidence evidence) {
        return evidence.second < 0 ? null : languages[evidence.second];
    }

    private void add(String text, Evidence evidence) {
        float[] score = evidence.score;
        String s = text.toLowerCase(Locale.ROOT);
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isLetter(s.charAt(i)) ? run + 1 : 0;
            if (run < TRIGRAM) continue;
            int t = table.get(pack(s, i - 2));
            if (t < 0) continue;
            evidence.trigrams++;
            for (int e = start[t], end = start[t + 1]; e < end; e++) score[lang[e]] += gain[e];
        }
        evidence.rank();
    }

    /**
     * Trigram log-probability gains per language of the texts added so far, with the two leaders. Not
     * thread-safe: one per text being judged.
     */
    public static final class Evidence {
        final float[] score;
        int trigrams;
        int first = -1;
        int second = -1;

        Evidence(int languages) {
            score = new float[languages];
        }

        /** Known trigrams read (those of at least one language's model). */
        public int trigrams() {
            return trigrams;
        }

        /**
         * The leader's log-probability lead over the runner-up divided by the trigrams read: about how many
         * times likelier (as a log) each trigram made the leader. 0 without two languages.
         */
        public double leadPerTrigram() {
            if (first < 0) return 0;
            if (second < 0) return Double.POSITIVE_INFINITY;
            return (score[first] - score[second]) / (double) trigrams;
        }

        void rank() {
            first = -1;
            second = -1;
            for (int li = 0; li < score.length; li++) {
                if (score[li] <= 0) continue;
                if (first < 0 || score[li] > score[first]) {
                    second = first;
                    first = li;
                } else if (second < 0 || score[li] > score[second]) {
                    second = li;
                }
            }
        }
    }

    /** How many languages, distinct trigrams and (trigram, language) entries it holds. */
    @Override
    public String toString() {
        return "TrigramShortlist[" + languages.length + " languages, " + table.size() + " trigrams, " + lang.length + " entries]";
    }

    /** Growable parallel arrays used while loading. */
    private static final class Entries {
        int[] trigram;
        byte[] lang;
        float[] logProb;
        int size;

        Entries(int capacity) {
            trigram = new int[capacity];
            lang = new byte[capacity];
            logProb = new float[capacity];
        }

        void add(int t, byte l, float lp) {
            if (size == trigram.length) {
                int cap = size * 2;
                trigram = Arrays.copyOf(trigram, cap);
                lang = Arrays.copyOf(lang, cap);
                logProb = Arrays.copyOf(logProb, cap);
            }
            trigram[size] = t;
            lang[size] = l;
            logProb[size] = lp;
            size++;
        }
    }
}
