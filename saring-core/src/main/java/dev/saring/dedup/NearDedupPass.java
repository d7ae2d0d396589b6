package dev.saring.dedup;

import dev.saring.dedup.internal.BlobStore;
import dev.saring.dedup.internal.ExternalSorter;
import dev.saring.dedup.internal.OrdinalTable;
import dev.saring.dedup.internal.RecordCursor;
import dev.saring.dedup.internal.ScratchDir;
import dev.saring.dedup.internal.RecordWriter;
import dev.saring.dedup.internal.UnionFind;
import dev.saring.model.Document;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Near-duplicate removal with MinHash LSH: documents whose word 5-gram sets are alike (Jaccard similarity
 * above about 0.72 with the defaults) are grouped into clusters, one document of each cluster is kept.
 *
 * <p><b>Observe</b> (many threads): the {@link MinHasher} signature of the text; one record per document
 * (ordinal, id, words, signature) and one key per band ({@link LshBands}) go to {@link ExternalSorter}s
 * that spill sorted runs to the work folder past the memory bound.
 * <b>Decide</b>: documents are numbered densely in input order (their sorted ordinals and the union-find
 * are the per-document arrays: 12 bytes per document, plus 4 for word counts with {@code keep=longest}
 * and 4 for the weights of an earlier pass when there are any); the band keys are merged and every
 * group of equal keys is a set of candidates, joined to its first member (optionally only when their
 * estimated Jaccard reaches {@code threshold}); connected components are the clusters. The decisions of
 * the documents in clusters go to a table on disk looked up by ordinal.
 *
 * <p><b>Keep rule</b>: {@link KeepRule#FIRST} (default) keeps the first document of a cluster in input
 * order, {@link KeepRule#LONGEST} the one with the most words. Dropped documents get reason
 * {@code dedup:near} and meta {@code dup_of} (the kept id) and {@code dup_similarity} (estimated Jaccard
 * to the kept document: with connected components it can be below the threshold for a document that
 * joined through another). Every kept document gets {@code dup_cluster_size}: the number of input
 * documents it stands for, 1 for a document without duplicates (FineWeb-2's {@code minhash_cluster_size}
 * convention); sizes written by an earlier pass (exact dedup) are added up. A text without words is
 * kept as a singleton.
 *
 * <p>Settings (config names): {@code ngram} (5), {@code bands} (14), {@code rows} (8), {@code seed} (1),
 * {@code mask_digits} (true), {@code verify} (true), {@code threshold} (0.7), {@code keep}
 * ({@code first}|{@code longest}). Verification is on by default: without it 5% of pairs at Jaccard 0.5
 * become candidates with 14 x 8 bands.
 *
 * <pre>{@code
 * Pass near = NearDedupPass.defaults().withKeep(KeepRule.LONGEST);
 * Pass tuned = NearDedupPass.fromParams(Params.of("dedup-near", Map.of("bands", 20, "rows", 5)));
 * }</pre>
 */
public final class NearDedupPass implements Pass {

    public static final String NAME = "dedup-near";
    public static final String REASON = "dedup:near";

    static final int DEFAULT_NGRAM = 5;
    static final int DEFAULT_BANDS = 14;
    static final int DEFAULT_ROWS = 8;
    static final long DEFAULT_SEED = 1;
    static final double DEFAULT_THRESHOLD = 0.7;
    private static final int MAX_NGRAM = 64;
    private static final int MAX_BANDS = 512;
    private static final int MAX_ROWS = 64;
    /** Share of the memory bound given to document records; the rest buffers band keys. */
    private static final double DOC_MEMORY_SHARE = 0.6;
    /** Fixed fields of a document record before its signature: ordinal, id reference, words and weight. */
    private static final int DOC_FIXED = 3;
    /** Fields of a decision record: ordinal, cluster size (kept) or 0 (dropped), kept id reference, similarity bits. */
    private static final int DECISION_WIDTH = 4;
    private static final int INTS_PER_LONG = 2;
    private static final long LOW_32 = 0xffffffffL;

    private final MinHasher hasher;
    private final LshBands lsh;
    private final boolean verify;
    private final double threshold;
    private final KeepRule keep;

    private NearDedupPass(MinHasher hasher, LshBands lsh, boolean verify, double threshold, KeepRule keep) {
        if (hasher.permutations() != lsh.permutations()) {
            throw new IllegalArgumentException("signature length " + hasher.permutations() + " != bands x rows " + lsh.permutations());
        }
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        this.hasher = hasher;
        this.lsh = lsh;
        this.verify = verify;
        this.threshold = threshold;
        this.keep = keep;
    }

    /** 5-grams, 14 bands x 8 rows, digits masked, candidates verified at 0.7, first kept. */
    public static NearDedupPass defaults() {
        return new NearDedupPass(MinHasher.of(DEFAULT_NGRAM, DEFAULT_BANDS * DEFAULT_ROWS, DEFAULT_SEED).withMaskDigits(true),
                new LshBands(DEFAULT_BANDS, DEFAULT_ROWS), true, DEFAULT_THRESHOLD, KeepRule.FIRST);
    }

    /** The pass configured from a config section; unknown keys and bad values are errors naming the key. */
    public static NearDedupPass fromParams(Params p) {
        int ngram = p.intIn("ngram", DEFAULT_NGRAM, 1, MAX_NGRAM);
        int bands = p.intIn("bands", DEFAULT_BANDS, 1, MAX_BANDS);
        int rows = p.intIn("rows", DEFAULT_ROWS, 1, MAX_ROWS);
        long seed = p.intIn("seed", (int) DEFAULT_SEED, 0, Integer.MAX_VALUE);
        boolean mask = p.bool("mask_digits", true);
        boolean verify = p.bool("verify", true);
        double threshold = p.doubleIn("threshold", DEFAULT_THRESHOLD, 0, 1);
        KeepRule keep = KeepRule.fromLabel(p.oneOf("keep", KeepRule.FIRST.label(), Set.of("first", "longest")));
        p.finish();
        return new NearDedupPass(MinHasher.of(ngram, bands * rows, seed).withMaskDigits(mask),
                new LshBands(bands, rows), verify, threshold, keep);
    }

    public NearDedupPass withNgram(int ngram) {
        return new NearDedupPass(MinHasher.of(ngram, hasher.permutations(), hasher.seed()).withMaskDigits(hasher.maskDigits()),
                lsh, verify, threshold, keep);
    }

    public NearDedupPass withBands(int bands, int rows) {
        var bandsRows = new LshBands(bands, rows);
        return new NearDedupPass(MinHasher.of(hasher.ngram(), bandsRows.permutations(), hasher.seed()).withMaskDigits(hasher.maskDigits()),
                bandsRows, verify, threshold, keep);
    }

    public NearDedupPass withSeed(long seed) {
        return new NearDedupPass(MinHasher.of(hasher.ngram(), hasher.permutations(), seed).withMaskDigits(hasher.maskDigits()),
                lsh, verify, threshold, keep);
    }

    public NearDedupPass withMaskDigits(boolean mask) {
        return new NearDedupPass(hasher.withMaskDigits(mask), lsh, verify, threshold, keep);
    }

    /** Candidates joined only when their estimated Jaccard is at least {@code minSimilarity}. */
    public NearDedupPass withVerification(double minSimilarity) {
        return new NearDedupPass(hasher, lsh, true, minSimilarity, keep);
    }

    /** Every candidate pair joined, as datatrove does. */
    public NearDedupPass withoutVerification() {
        return new NearDedupPass(hasher, lsh, false, threshold, keep);
    }

    public NearDedupPass withKeep(KeepRule rule) {
        return new NearDedupPass(hasher, lsh, verify, threshold, rule);
    }

    public MinHasher hasher() {
        return hasher;
    }

    public LshBands bands() {
        return lsh;
    }

    /** Whether candidates are joined only when their estimated Jaccard reaches {@link #threshold()}. */
    public boolean verify() {
        return verify;
    }

    public double threshold() {
        return threshold;
    }

    public KeepRule keep() {
        return keep;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Run start(PassContext ctx) throws IOException {
        return new Run(ctx);
    }

    @Override
    public String toString() {
        return "NearDedup[ngram=" + hasher.ngram() + ", bands=" + lsh.bands() + ", rows=" + lsh.rows()
                + ", seed=" + hasher.seed() + ", mask_digits=" + hasher.maskDigits()
                + ", verify=" + (verify ? threshold : "off") + ", keep=" + keep.label() + "]";
    }

    /**
     * What one run found.
     *
     * @param documents  documents with a signature
     * @param candidates candidate pairs (each group member paired with the group's first)
     * @param joined     candidate pairs that passed verification and joined two clusters
     * @param clusters   clusters of two or more documents
     * @param dropped    documents dropped as near-duplicates
     * @param spills     run files written while observing (0: everything fit in memory)
     */
    public record Stats(long documents, long candidates, long joined, long clusters, long dropped, int spills) {
    }

    /** The state of one run: observe from many threads, then {@link #decider()} once. */
    public final class Run implements Observation {
        private final Path dir;
        private final int docWidth = DOC_FIXED + (lsh.permutations() + 1) / INTS_PER_LONG;
        private final ExternalSorter docs;
        private final ExternalSorter bandKeys;
        private final BlobStore ids;
        private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        private final AtomicBoolean decided = new AtomicBoolean();
        private OrdinalTable table;
        private Stats stats;

        private Run(PassContext ctx) throws IOException {
            this.dir = ScratchDir.create(ctx.workDir(), NAME);
            long docMemory = (long) (ctx.memoryBytes() * DOC_MEMORY_SHARE);
            this.docs = new ExternalSorter(dir, "docs", docWidth, 1, docMemory);
            this.bandKeys = new ExternalSorter(dir, "bands", 2, 2, ctx.memoryBytes() - docMemory);
            this.ids = new BlobStore(dir.resolve("ids.bin"));
        }

        @Override
        public void observe(Document doc) {
            if (decided.get()) throw new IllegalStateException(NAME + ": observe after decider()");
            Worker w = workers.get();
            int words = w.signer.sign(doc.text(), w.sig);
            if (words == 0) return;
            long ordinal = doc.source().ordinal();
            try {
                long[] rec = w.docRecord;
                rec[0] = ordinal;
                rec[1] = ids.append(doc.id());
                rec[2] = (long) words << Integer.SIZE | DupMeta.weight(doc);
                packSignature(w.sig, rec);
                docs.add(rec, 0, 1);
                long[] keys = w.bandRecords;
                for (int b = 0; b < lsh.bands(); b++) {
                    keys[2 * b] = lsh.key(w.sig, b);
                    keys[2 * b + 1] = ordinal;
                }
                bandKeys.add(keys, 0, lsh.bands());
            } catch (IOException e) {
                throw new UncheckedIOException(NAME + ": cannot spill to " + dir, e);
            }
        }

        @Override
        public Step decider() throws IOException {
            if (!decided.compareAndSet(false, true)) throw new IllegalStateException(NAME + ": decider() called twice");
            ids.finishWriting();
            int spills = docs.runCount() + bandKeys.runCount();
            Path docFile = dir.resolve("docs-sorted.bin");
            long[] ordinals;
            int[] words;
            int[] weights;
            // 1. Document records in input order: dense id = position.
            try (RecordCursor c = docs.sorted(); var out = new RecordWriter(docFile, docWidth)) {
                long n = docs.size();
                if (n > Integer.MAX_VALUE - 8) throw new IllegalStateException(NAME + ": too many documents for one run: " + n);
                ordinals = new long[(int) n];
                words = keep == KeepRule.LONGEST ? new int[(int) n] : null;
                int[] w = null;
                long[] rec = new long[docWidth];
                int d = 0;
                while (c.next()) {
                    c.copyTo(rec, 0);
                    if (d > 0 && rec[0] == ordinals[d - 1]) {
                        throw new IllegalStateException(NAME + ": ordinal " + rec[0] + " observed twice");
                    }
                    ordinals[d] = rec[0];
                    if (words != null) words[d] = (int) (rec[2] >>> Integer.SIZE);
                    int weight = (int) rec[2];
                    if (weight != 1 && w == null) {
                        w = new int[(int) n];
                        Arrays.fill(w, 1);
                    }
                    if (w != null) w[d] = weight;
                    out.write(rec);
                    d++;
                }
                weights = w;
            }
            docs.close();
            int n = ordinals.length;
            // dense ids follow ordinals, so comparing ids compares input order
            UnionFind.Priority priority = words == null
                    ? (a, b) -> keep.before(a, 0, b, 0)
                    : (a, b) -> keep.before(a, words[a], b, words[b]);
            var uf = new UnionFind(n, priority);
            long candidates = 0;
            long joined = 0;
            // 2. Equal band keys are candidates: join each to the first of its group.
            try (var sigs = new SignatureReader(docFile); RecordCursor c = bandKeys.sorted()) {
                int[] firstSig = new int[lsh.permutations()];
                int[] otherSig = new int[lsh.permutations()];
                boolean open = false;
                long key = 0;
                int first = -1;
                boolean firstLoaded = false;
                while (c.next()) {
                    long k = c.get(0);
                    int d = Arrays.binarySearch(ordinals, c.get(1));
                    if (!open || k != key) {
                        open = true;
                        key = k;
                        first = d;
                        firstLoaded = false;
                        continue;
                    }
                    candidates++;
                    if (uf.find(first) == uf.find(d)) continue;
                    if (verify) {
                        if (!firstLoaded) {
                            sigs.read(first, firstSig);
                            firstLoaded = true;
                        }
                        sigs.read(d, otherSig);
                        if (MinHasher.similarity(firstSig, otherSig) < threshold) continue;
                    }
                    if (uf.union(first, d)) joined++;
                }
            }
            bandKeys.close();
            uf.flatten(weights == null ? i -> 1 : i -> weights[i]);
            // 3. Decisions of documents in clusters, in input order.
            long clusters = 0;
            long dropped = 0;
            var writer = OrdinalTable.writer(dir.resolve("decisions.bin"), DECISION_WIDTH);
            try (var sigs = new SignatureReader(docFile)) {
                int[] own = new int[lsh.permutations()];
                int[] kept = new int[lsh.permutations()];
                int loadedKeeper = -1;
                long keeperIdRef = 0;
                long[] rec = new long[DECISION_WIDTH];
                for (int d = 0; d < n; d++) {
                    int keeper = uf.find(d);
                    rec[0] = ordinals[d];
                    if (keeper == d) {
                        int size = uf.clusterWeight(d);
                        if (size == (weights == null ? 1 : weights[d])) {
                            if (size == 1) continue;
                        } else {
                            clusters++;
                        }
                        rec[1] = size;
                        rec[2] = 0;
                        rec[3] = 0;
                    } else {
                        if (keeper != loadedKeeper) {
                            keeperIdRef = sigs.read(keeper, kept);
                            loadedKeeper = keeper;
                        }
                        sigs.read(d, own);
                        rec[1] = 0;
                        rec[2] = keeperIdRef;
                        rec[3] = Double.doubleToLongBits(MinHasher.similarity(own, kept));
                        dropped++;
                    }
                    writer.add(rec);
                }
            }
            table = writer.finish();
            Files.deleteIfExists(docFile);
            stats = new Stats(n, candidates, joined, clusters, dropped, spills);
            return new DupDecider(NAME, REASON, table, ids);
        }

        /** What this run found; null before {@link #decider()}. */
        public Stats stats() {
            return stats;
        }

        @Override
        public void close() throws IOException {
            docs.close();
            bandKeys.close();
            ids.close();
            if (table != null) table.close();
            ScratchDir.delete(dir);
        }

        private void packSignature(int[] sig, long[] rec) {
            for (int i = 0; i < sig.length; i += INTS_PER_LONG) {
                long hi = (long) sig[i] << Integer.SIZE;
                long lo = i + 1 < sig.length ? sig[i + 1] & LOW_32 : 0;
                rec[DOC_FIXED + i / INTS_PER_LONG] = hi | lo;
            }
        }

        /** Buffers of one observing thread. */
        private final class Worker {
            final MinHasher.Signer signer = hasher.newSigner();
            final int[] sig = new int[lsh.permutations()];
            final long[] docRecord = new long[docWidth];
            final long[] bandRecords = new long[2 * lsh.bands()];
        }

        /** Reads signatures (and id references) of dense ids from the sorted document file. */
        private final class SignatureReader implements AutoCloseable {
            private final FileChannel ch;
            private final ByteBuffer buf = ByteBuffer.allocate(docWidth * Long.BYTES);

            SignatureReader(Path file) throws IOException {
                this.ch = FileChannel.open(file, StandardOpenOption.READ);
            }

            /** Fills {@code sig} with the signature of {@code dense} and returns its id reference. */
            long read(int dense, int[] sig) throws IOException {
                buf.clear();
                long pos = (long) dense * docWidth * Long.BYTES;
                while (buf.hasRemaining()) {
                    if (ch.read(buf, pos + buf.position()) < 0) throw new IOException("document file truncated at " + dense);
                }
                for (int i = 0; i < sig.length; i += INTS_PER_LONG) {
                    long v = buf.getLong((DOC_FIXED + i / INTS_PER_LONG) * Long.BYTES);
                    sig[i] = (int) (v >>> Integer.SIZE);
                    if (i + 1 < sig.length) sig[i + 1] = (int) v;
                }
                return buf.getLong(Long.BYTES);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        }
    }
}
