package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * Lines that recur on several pages of the same host are navigation: menus, footers, "Terpopuler" boxes,
 * cookie notices. The pass counts, per host, on how many pages each line occurs (lines normalised: case,
 * digits and whitespace do not matter), then drops the lines that occur on at least {@code minPages} pages
 * and at least {@code minShare} of the host's pages. A sentence-shaped line (a syndicated paragraph, a quote
 * two articles share) must repeat a lot more before it goes: {@code sentenceMinPages} and
 * {@code sentenceMinShare}. Counting per host means a syndicated article on two sites keeps its text.
 *
 * <p>The host is the one of {@link Document#url()} (without {@code www.}); documents without a URL are
 * grouped by their source file. Memory-bounded: counts are kept as 64-bit hashes of (host, line) in
 * primitive arrays, and spilled as sorted runs to the context's work folder when they would outgrow
 * {@link PassContext#memoryBytes()}; the runs are merged when deciding. Decisions do not depend on the order
 * in which documents are observed. The pass itself is immutable and safe to share.
 *
 * <pre>{@code
 * Pass repeated = RepeatedLinesPass.defaults();
 * try (Pass.Observation obs = repeated.start(ctx)) {
 *     docs.forEach(obs::observe);
 *     Step decide = obs.decider();
 *     decide.apply(doc);   // repeated lines dropped with reason "repeated:<pages>"
 * }
 * }</pre>
 *
 * @param minPages         a short line must occur on at least this many pages of its host
 * @param minShare         and on at least this share of the host's pages
 * @param sentenceMinPages a sentence-shaped line must occur on at least this many pages
 * @param sentenceMinShare and on at least this share of the host's pages
 */
public record RepeatedLinesPass(int minPages, double minShare, int sentenceMinPages, double sentenceMinShare) implements Pass {

    public static final String NAME = "repeated-lines";

    private static final int DEFAULT_MIN_PAGES = 3;
    private static final double DEFAULT_MIN_SHARE = 0.0;
    private static final int DEFAULT_SENTENCE_MIN_PAGES = 10;
    private static final double DEFAULT_SENTENCE_MIN_SHARE = 0.5;
    private static final int MAX_PAGES_SETTING = 1_000_000;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long HOST_PAGES_SALT = 0x5bd1e9955bd1e995L;
    private static final long LINE_SALT = 0xc2b2ae3d27d4eb4fL;

    public RepeatedLinesPass {
        if (minPages < 2) throw new IllegalArgumentException("minPages must be >= 2, was " + minPages);
        if (sentenceMinPages < 2) throw new IllegalArgumentException("sentenceMinPages must be >= 2, was " + sentenceMinPages);
        if (!(minShare >= 0 && minShare <= 1)) throw new IllegalArgumentException("minShare must be in [0, 1], was " + minShare);
        if (!(sentenceMinShare >= 0 && sentenceMinShare <= 1)) {
            throw new IllegalArgumentException("sentenceMinShare must be in [0, 1], was " + sentenceMinShare);
        }
    }

    /** Lines on three pages of a host; sentences on ten pages and half of them. */
    public static RepeatedLinesPass defaults() {
        return new RepeatedLinesPass(DEFAULT_MIN_PAGES, DEFAULT_MIN_SHARE, DEFAULT_SENTENCE_MIN_PAGES, DEFAULT_SENTENCE_MIN_SHARE);
    }

    /** Settings {@code min_pages}, {@code min_share}, {@code sentence_min_pages}, {@code sentence_min_share}. */
    public static RepeatedLinesPass fromParams(Params p) {
        var d = defaults();
        var r = new RepeatedLinesPass(
                p.intIn("min_pages", d.minPages, 2, MAX_PAGES_SETTING),
                p.doubleIn("min_share", d.minShare, 0, 1),
                p.intIn("sentence_min_pages", d.sentenceMinPages, 2, MAX_PAGES_SETTING),
                p.doubleIn("sentence_min_share", d.sentenceMinShare, 0, 1));
        p.finish();
        return r;
    }

    public RepeatedLinesPass withMinPages(int n) {
        return new RepeatedLinesPass(n, minShare, sentenceMinPages, sentenceMinShare);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Observation start(PassContext ctx) throws IOException {
        return new Counting(this, ctx);
    }

    @Override
    public String toString() {
        return "RepeatedLinesPass[minPages=" + minPages + ", minShare=" + minShare + ", sentenceMinPages="
                + sentenceMinPages + ", sentenceMinShare=" + sentenceMinShare + "]";
    }

    // ---- keys ----

    /** The host a document is counted under: its URL's host, or its source file. */
    static String hostOf(Document doc) {
        String url = doc.url().orElse(null);
        if (url != null) {
            try {
                String h = new URI(url.trim()).getHost();
                if (h != null) {
                    h = h.toLowerCase(Locale.ROOT);
                    return h.startsWith("www.") ? h.substring("www.".length()) : h;
                }
            } catch (URISyntaxException e) {
                // a URL that does not parse is grouped as its own text: the file rule below
            }
        }
        return "file:" + doc.source().file();
    }

    private static long hashString(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * FNV_PRIME;
        return h;
    }

    /** Hash of a line with case, digits and runs of whitespace normalised; 0 for a blank line. */
    static long lineHash(String line) {
        long h = FNV_OFFSET;
        boolean any = false;
        boolean space = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = any;
                continue;
            }
            if (space) {
                h = (h ^ ' ') * FNV_PRIME;
                space = false;
            }
            int c = Character.isDigit(cp) ? '0' : Character.toLowerCase(cp);
            h = (h ^ c) * FNV_PRIME;
            any = true;
        }
        return any ? h : 0;
    }

    private static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return LongCounts.nonZero(h);
    }

    static long hostPagesKey(long host) {
        return mix(host, HOST_PAGES_SALT);
    }

    static long lineKey(long host, long line) {
        return mix(host ^ LINE_SALT, line);
    }

    // ---- the two phases, for runners that count elsewhere (Spark: a reduce by key) ----

    /**
     * The keys a document counts once each: one per distinct kept line (hashed with its host) and one for
     * its host's page count. A runner sums these over the corpus; {@link #decide} reads the sums back.
     *
     * <pre>{@code
     * for (long key : pass.keys(doc)) counts.merge(key, 1, Integer::sum);
     * }</pre>
     */
    public long[] keys(Document doc) {
        long host = hashString(hostOf(doc));
        LinePage page = LinePage.of(doc);
        long[] keys = new long[page.size + 1];
        int n = 0;
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            long h = lineHash(page.text[i]);
            if (h != 0) keys[n++] = lineKey(host, h);
        }
        Arrays.sort(keys, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) keys[distinct++] = keys[i];
        }
        keys[distinct++] = hostPagesKey(host);
        return Arrays.copyOf(keys, distinct);
    }

    /** Sums of {@link #keys} below this never decide anything: a runner may leave them out of {@link #decide}'s counts. */
    public int minCount() {
        return Math.min(minPages, sentenceMinPages);
    }

    /**
     * Drops the repeated lines of {@code doc}, given the corpus-wide sum of each of its {@link #keys} (0 for a
     * key not counted, or counted fewer than {@link #minCount} times).
     *
     * <pre>{@code
     * Outcome o = pass.decide(doc, key -> counts.getOrDefault(key, 0));
     * }</pre>
     */
    public Outcome decide(Document doc, java.util.function.LongToIntFunction counts) {
        long host = hashString(hostOf(doc));
        int hostPages = counts.applyAsInt(hostPagesKey(host));
        if (hostPages < minPages) return Outcome.keep(doc);
        LinePage page = LinePage.of(doc);
        var tok = new Tokens();
        boolean changed = false;
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            long h = lineHash(page.text[i]);
            if (h == 0) continue;
            int pages = counts.applyAsInt(lineKey(host, h));
            if (pages < minPages) continue;
            boolean sentence = LineShape.of(page.text[i], tok, PhraseTable.builtIn()).isSentence();
            int min = sentence ? sentenceMinPages : minPages;
            double share = sentence ? sentenceMinShare : minShare;
            if (pages >= min && pages >= share * hostPages) {
                page.drop(i, Role.NAVIGATION, NAME, "repeated:" + pages);
                changed = true;
            }
        }
        return Outcome.keep(changed ? page.finish() : doc);
    }

    // ---- observing ----

    /** The counts of one run: in memory up to the bound, then in sorted run files. */
    private static final class Counting implements Observation {

        private final RepeatedLinesPass config;
        private final PassContext ctx;
        private final LongCounts counts = new LongCounts();
        private final List<Path> runs = new ArrayList<>();
        private boolean decided;

        Counting(RepeatedLinesPass config, PassContext ctx) throws IOException {
            this.config = config;
            this.ctx = ctx;
            Files.createDirectories(ctx.workDir());
        }

        @Override
        public void observe(Document doc) {
            long[] keys = config.keys(doc);
            synchronized (this) {
                if (decided) throw new IllegalStateException("observe after decider()");
                for (int i = 0; i < keys.length; i++) {
                    if (counts.wouldGrow() && counts.bytesAfterGrowth() > ctx.memoryBytes()) spill();
                    counts.add(keys[i], 1);
                }
            }
        }

        private void spill() {
            long[][] sorted = counts.sorted();
            Path run = ctx.workDir().resolve("repeated-lines-run-" + runs.size() + ".bin");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run)))) {
                for (int i = 0; i < sorted[0].length; i++) {
                    out.writeLong(sorted[0][i]);
                    out.writeInt((int) sorted[1][i]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spill counts to " + run, e);
            }
            runs.add(run);
            counts.clear();
        }

        @Override
        public synchronized Step decider() throws IOException {
            decided = true;
            int keepFrom = config.minCount();
            LongCounts kept = runs.isEmpty() ? onlyFrequent(counts, keepFrom) : merge(keepFrom);
            return new Decider(config, kept);
        }

        private static LongCounts onlyFrequent(LongCounts all, int min) {
            long[][] sorted = all.sorted();
            var out = new LongCounts();
            for (int i = 0; i < sorted[0].length; i++) {
                if (sorted[1][i] >= min) out.add(sorted[0][i], (int) sorted[1][i]);
            }
            return out;
        }

        /** Merges the runs and the counts in memory; keeps the keys counted at least {@code min} times. */
        private LongCounts merge(int min) throws IOException {
            spill();
            var cursors = new PriorityQueue<RunCursor>((a, b) -> Long.compare(a.key, b.key));
            var out = new LongCounts();
            try {
                for (Path r : runs) {
                    var c = new RunCursor(r);
                    if (c.next()) cursors.add(c);
                    else c.close();
                }
                while (!cursors.isEmpty()) {
                    long key = cursors.peek().key;
                    long total = 0;
                    while (!cursors.isEmpty() && cursors.peek().key == key) {
                        RunCursor c = cursors.poll();
                        total += c.count;
                        if (c.next()) cursors.add(c);
                        else c.close();
                    }
                    if (total >= min) out.add(key, (int) Math.min(Integer.MAX_VALUE, total));
                }
            } finally {
                for (RunCursor c : cursors) c.close();
            }
            return out;
        }

        @Override
        public synchronized void close() throws IOException {
            for (Path r : runs) Files.deleteIfExists(r);
            runs.clear();
            counts.clear();
        }
    }

    /** Reads one sorted run file pair by pair. */
    private static final class RunCursor {
        private final DataInputStream in;
        long key;
        int count;

        RunCursor(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run)));
        }

        boolean next() throws IOException {
            try {
                key = in.readLong();
                count = in.readInt();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        void close() throws IOException {
            in.close();
        }
    }

    // ---- deciding ----

    /** Drops the repeated lines of each document; read-only counts, safe to call from many threads. */
    private record Decider(RepeatedLinesPass config, LongCounts counts) implements Step {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Outcome apply(Document doc) {
            return config.decide(doc, counts::get);
        }

        @Override
        public String toString() {
            return config + "[decider, " + counts.size() + " repeated keys]";
        }
    }
}
