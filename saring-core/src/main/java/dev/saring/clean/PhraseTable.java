package dev.saring.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Furniture phrases per language ("Baca juga", "Most popular", "ADVERTISEMENT"), read from a table and
 * matched token by token: text is split into {@linkplain Tokens tokens} (case and punctuation ignored) and
 * walked through a trie keyed by 64-bit token hashes, so matching costs one hash lookup per token and no
 * regular expression ever runs on page text.
 *
 * <p>The built-in table is {@code dev/saring/clean/phrases.tsv} (columns {@code language}, {@code kind},
 * {@code phrase}); a phrase ending in {@code ':'} matches only when a colon follows it in the text, a phrase
 * starting with {@code '['} only right after a bracket (the cut then runs to the closing bracket).
 * Immutable and safe to share across threads.
 *
 * <pre>{@code
 * PhraseTable all = PhraseTable.builtIn();
 * PhraseTable id = all.forLanguages(Set.of("id", "en"));
 * id.languages();   // [en, id]
 * }</pre>
 */
public final class PhraseTable {

    /** A phrase of the table: {@code id related baca juga}. */
    public record Entry(String language, PhraseKind kind, String phrase) {
        public Entry {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(phrase, "phrase");
        }
    }

    static final int NEEDS_COLON = 1;
    static final int AFTER_BRACKET = 2;
    static final int INLINE_CAPS = 4;

    private static final String RESOURCE = "phrases.tsv";
    private static final int KINDS = PhraseKind.values().length;
    private static final int ROOT = 0;

    private final List<Entry> entries;
    private final TreeSet<String> languages = new TreeSet<>();
    private final EdgeMap edges = new EdgeMap();
    private int nodes = 1;
    private int[] endMask = new int[64];
    /** Kinds of the phrases whose path runs through each node: at a root child, the kinds a token can start. */
    private int[] prefixMask = new int[64];
    private byte[] kindFlags = new byte[64 * KINDS];

    private PhraseTable(Collection<Entry> entries) {
        this.entries = List.copyOf(entries);
        var tokens = new Tokens();
        for (Entry e : this.entries) {
            add(e, tokens);
            languages.add(e.language());
        }
    }

    /** The table shipped with saring, loaded once. */
    public static PhraseTable builtIn() {
        return BuiltIn.TABLE;
    }

    /** A table of the given entries. */
    public static PhraseTable of(Collection<Entry> entries) {
        return new PhraseTable(entries);
    }

    /** Reads a table in the TSV format of the built-in one (header and {@code #} comment lines skipped). */
    public static PhraseTable parse(Reader in) throws IOException {
        var out = new ArrayList<Entry>();
        var r = new BufferedReader(in);
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[2].isBlank()) {
                throw new IllegalArgumentException("phrase table line " + lineNo + ": expected language, kind, phrase: " + line);
            }
            out.add(new Entry(cols[0].trim(), PhraseKind.fromLabel(cols[1].trim()), cols[2].trim()));
        }
        return new PhraseTable(out);
    }

    /** The phrases of these languages only (languages the table does not have are ignored). */
    public PhraseTable forLanguages(Set<String> langs) {
        return new PhraseTable(entries.stream().filter(e -> langs.contains(e.language())).toList());
    }

    public Set<String> languages() {
        return java.util.Collections.unmodifiableSet(languages);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether the whole of {@code text} (case and punctuation ignored) is a phrase of this kind. */
    public boolean isWhole(String text, PhraseKind kind) {
        var t = new Tokens().scan(text);
        return (wholeKinds(t, 0, t.count) & kind.bit()) != 0;
    }

    // ---- matching on tokens (package-private) ----

    /** Kinds (bit mask) of phrases that are exactly tokens [from, to). */
    int wholeKinds(Tokens t, int from, int to) {
        if (from >= to) return 0;
        int node = ROOT;
        for (int i = from; i < to; i++) {
            node = edges.get(node, t.hash[i]);
            if (node < 0) return 0;
        }
        return endMask[node];
    }

    /**
     * The longest phrase of a kind in {@code kindMask} that starts at token {@code from}: its end token
     * (exclusive) in {@code out[0]} and its kind ordinal in {@code out[1]}; returns false when none.
     * {@code inline} asks for the stricter rules of a phrase found inside a line: markers must then be
     * written in capitals (or follow a bracket) as in the table.
     */
    boolean matchAt(Tokens t, int from, int kindMask, boolean inline, int[] out) {
        int node = ROOT;
        boolean found = false;
        for (int i = from; i < t.count; i++) {
            node = edges.get(node, t.hash[i]);
            if (node < 0) break;
            int mask = endMask[node] & kindMask;
            if (mask == 0) continue;
            for (int k = 0; k < KINDS; k++) {
                if ((mask & (1 << k)) == 0) continue;
                if (accepts(t, from, i + 1, kindFlags[node * KINDS + k], k, inline)) {
                    out[0] = i + 1;
                    out[1] = k;
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    /** The trie node of a phrase's first token, or -1 when no phrase starts with it. */
    int firstNode(long tokenHash) {
        return edges.get(ROOT, tokenHash);
    }

    /** Kinds (bit mask) of the phrases that end at {@code node}. */
    int endKinds(int node) {
        return node < 0 ? 0 : endMask[node];
    }

    /** Kinds (bit mask) of the phrases that run through {@code node}. */
    int startKinds(int node) {
        return node < 0 ? 0 : prefixMask[node];
    }

    /** Whether a single token is a phrase of this kind (for one-word kinds such as {@link PhraseKind#MINOR}). */
    boolean isWord(long tokenHash, PhraseKind kind) {
        int node = edges.get(ROOT, tokenHash);
        return node >= 0 && (endMask[node] & kind.bit()) != 0;
    }

    private static boolean accepts(Tokens t, int from, int to, int flags, int kind, boolean inline) {
        String s = t.text;
        if ((flags & NEEDS_COLON) != 0 && !colonAfter(s, t.end[to - 1])) return false;
        boolean bracket = (flags & AFTER_BRACKET) != 0;
        if (bracket && !bracketBefore(s, t.start[from])) return false;
        if (inline && kind == PhraseKind.MARKER.ordinal() && !bracket) {
            if ((flags & INLINE_CAPS) == 0) return false;
            for (int i = from; i < to; i++) {
                if (!t.has(i, Tokens.ALL_UPPER) && !t.has(i, Tokens.DIGIT_FIRST)) return false;
            }
        }
        return true;
    }

    static boolean colonAfter(String s, int pos) {
        for (int i = pos; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：') return true;
            if (c != ' ' && c != '\u00A0' && c != '\t') return false;
        }
        return false;
    }

    static boolean bracketBefore(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '[' || c == '［') return true;
            if (c != ' ' && c != '\u00A0') return false;
        }
        return false;
    }

    private void add(Entry e, Tokens tokens) {
        String p = e.phrase();
        int flags = 0;
        if (p.endsWith(":") || p.endsWith("：")) flags |= NEEDS_COLON;
        if (p.startsWith("[")) flags |= AFTER_BRACKET;
        if (e.kind() == PhraseKind.MARKER && isAllCaps(p)) flags |= INLINE_CAPS;
        tokens.scan(p);
        if (tokens.count == 0) throw new IllegalArgumentException("phrase without a word: '" + p + "'");
        int node = ROOT;
        for (int i = 0; i < tokens.count; i++) {
            int child = edges.get(node, tokens.hash[i]);
            if (child < 0) {
                child = newNode();
                edges.put(node, tokens.hash[i], child);
            }
            node = child;
            prefixMask[node] |= e.kind().bit();
        }
        int k = e.kind().ordinal();
        int slot = node * KINDS + k;
        if ((endMask[node] & e.kind().bit()) == 0) {
            kindFlags[slot] = (byte) flags;
        } else {
            // Two spellings of one phrase: the colon is needed only if both need it; capitals allow inline use if either is in capitals.
            int old = kindFlags[slot];
            int merged = (old & flags & NEEDS_COLON) | ((old | flags) & (AFTER_BRACKET | INLINE_CAPS));
            kindFlags[slot] = (byte) merged;
        }
        endMask[node] |= e.kind().bit();
    }

    private static boolean isAllCaps(String p) {
        boolean upper = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper = true;
        }
        return upper;
    }

    private int newNode() {
        if (nodes == endMask.length) {
            endMask = Arrays.copyOf(endMask, nodes * 2);
            prefixMask = Arrays.copyOf(prefixMask, nodes * 2);
            kindFlags = Arrays.copyOf(kindFlags, nodes * 2 * KINDS);
        }
        return nodes++;
    }

    @Override
    public String toString() {
        return "PhraseTable[" + entries.size() + " phrases, languages=" + languages + "]";
    }

    /**
     * Trie edges (parent node, token hash) → child node in one open-addressing table keyed by a 64-bit mix of
     * both (a collision of two different edges on all 64 bits is not a practical concern).
     */
    private static final class EdgeMap {
        private static final int INITIAL = 1 << 12;
        private long[] keys = new long[INITIAL];
        private int[] child = new int[INITIAL];
        private int size;

        int get(int parent, long hash) {
            long key = key(parent, hash);
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) return child[i];
                if (k == 0) return -1;
            }
        }

        void put(int parent, long hash, int node) {
            if ((size + 1) * 2 > keys.length) grow();
            insert(key(parent, hash), node);
        }

        private void insert(long key, int node) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = key;
            child[i] = node;
            size++;
        }

        private static long key(int parent, long hash) {
            long h = (hash ^ (parent * 0x9E3779B97F4A7C15L)) * 0xD6E8FEB86659FD93L;
            h ^= h >>> 32;
            return h == 0 ? 1 : h;
        }

        private static int slot(long key, int mask) {
            return (int) (key ^ (key >>> 29)) & mask;
        }

        private void grow() {
            long[] ok = keys;
            int[] oc = child;
            keys = new long[ok.length * 2];
            child = new int[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != 0) insert(ok[i], oc[i]);
            }
        }
    }

    private static final class BuiltIn {
        static final PhraseTable TABLE = load();

        private static PhraseTable load() {
            try (InputStream in = PhraseTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource dev/saring/clean/" + RESOURCE);
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
