package dev.saring.dedup;

import dev.saring.dedup.internal.BlobStore;
import dev.saring.dedup.internal.ExternalSorter;
import dev.saring.dedup.internal.OrdinalTable;
import dev.saring.dedup.internal.RecordCursor;
import dev.saring.dedup.internal.ScratchDir;
import dev.saring.model.Document;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exact duplicate removal: documents whose {@linkplain TextNormalizer normalised} texts have the same
 * 128-bit {@linkplain Murmur3 MurmurHash3} are copies; the first in input order is kept, the others are
 * dropped with reason {@code dedup:exact} and meta {@code dup_of} (the kept id). Kept documents get
 * {@code dup_cluster_size}: how many input documents they stand for (1 without copies), which a later
 * {@link NearDedupPass} adds up. Documents whose normal form is empty are kept and never compared.
 *
 * <p>Observation sorts (hash, ordinal) records externally past the memory bound; the decider looks
 * decisions up in a table on disk, so the heap does not grow with the corpus.
 *
 * <p>Settings: {@code mask_digits} (false): digits count as equal ({@code 0}) when set.
 *
 * <pre>{@code
 * Pass exact = ExactDedupPass.defaults().withMaskDigits(true);
 * }</pre>
 */
public final class ExactDedupPass implements Pass {

    public static final String NAME = "dedup-exact";
    public static final String REASON = "dedup:exact";

    /** Hash record: hash h1, hash h2, ordinal, id reference; sorted by the first three. */
    private static final int HASH_WIDTH = 4;
    private static final int HASH_KEY = 3;
    /** Decision record: ordinal, cluster size (kept) or 0 (dropped), kept id reference. */
    private static final int DECISION_WIDTH = 3;
    private static final double DECISION_MEMORY_SHARE = 0.25;

    private final TextNormalizer normalizer;

    private ExactDedupPass(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** NFC, case folded, white space collapsed; digits kept. */
    public static ExactDedupPass defaults() {
        return new ExactDedupPass(TextNormalizer.defaults());
    }

    public static ExactDedupPass fromParams(Params p) {
        boolean mask = p.bool("mask_digits", false);
        p.finish();
        return defaults().withMaskDigits(mask);
    }

    public ExactDedupPass withMaskDigits(boolean mask) {
        return new ExactDedupPass(normalizer.withMaskDigits(mask));
    }

    /**
     * The key copies share: the hash of the normalised text; empty when the normal form is empty (such a
     * document is kept and never compared). Copies are grouped by key; the lowest ordinal keeps.
     */
    public java.util.Optional<Hash128> key(Document doc) {
        String normal = normalizer.normalize(doc.text());
        return normal.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Murmur3.hash128(normal));
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Observation start(PassContext ctx) throws IOException {
        return new Run(ctx);
    }

    @Override
    public String toString() {
        return "ExactDedup[mask_digits=" + normalizer.maskDigits() + "]";
    }

    private final class Run implements Observation {
        private final Path dir;
        private final long memoryBytes;
        private final ExternalSorter hashes;
        private final BlobStore ids;
        private final AtomicBoolean decided = new AtomicBoolean();
        private ExternalSorter decisions;
        private OrdinalTable table;

        Run(PassContext ctx) throws IOException {
            this.dir = ScratchDir.create(ctx.workDir(), NAME);
            this.memoryBytes = ctx.memoryBytes();
            this.hashes = new ExternalSorter(dir, "hashes", HASH_WIDTH, HASH_KEY, memoryBytes);
            this.ids = new BlobStore(dir.resolve("ids.bin"));
        }

        @Override
        public void observe(Document doc) {
            if (decided.get()) throw new IllegalStateException(NAME + ": observe after decider()");
            var key = key(doc);
            if (key.isEmpty()) return;
            Hash128 h = key.get();
            try {
                long idRef = ids.append(doc.id());
                hashes.add(new long[] {h.h1(), h.h2(), doc.source().ordinal(), idRef}, 0, 1);
            } catch (IOException e) {
                throw new UncheckedIOException(NAME + ": cannot spill to " + dir, e);
            }
        }

        @Override
        public Step decider() throws IOException {
            if (!decided.compareAndSet(false, true)) throw new IllegalStateException(NAME + ": decider() called twice");
            ids.finishWriting();
            decisions = new ExternalSorter(dir, "decisions", DECISION_WIDTH, 1, (long) (memoryBytes * DECISION_MEMORY_SHARE));
            try (RecordCursor c = hashes.sorted()) {
                long h1 = 0;
                long h2 = 0;
                long keeperOrdinal = -1;
                long keeperId = 0;
                int size = 0;
                long[] rec = new long[DECISION_WIDTH];
                while (c.next()) {
                    if (size > 0 && c.get(0) == h1 && c.get(1) == h2) {
                        if (c.get(2) == keeperOrdinal) throw new IllegalStateException(NAME + ": ordinal " + keeperOrdinal + " observed twice");
                        rec[0] = c.get(2);
                        rec[1] = 0;
                        rec[2] = keeperId;
                        decisions.add(rec, 0, 1);
                        size++;
                        continue;
                    }
                    if (size > 1) addKeeper(keeperOrdinal, size, rec);
                    h1 = c.get(0);
                    h2 = c.get(1);
                    keeperOrdinal = c.get(2);
                    keeperId = c.get(3);
                    size = 1;
                }
                if (size > 1) addKeeper(keeperOrdinal, size, rec);
            }
            hashes.close();
            try (RecordCursor c = decisions.sorted()) {
                table = OrdinalTable.write(dir.resolve("decisions.bin"), DECISION_WIDTH, c);
            }
            decisions.close();
            return new DupDecider(NAME, REASON, table, ids);
        }

        private void addKeeper(long ordinal, int size, long[] rec) throws IOException {
            rec[0] = ordinal;
            rec[1] = size;
            rec[2] = 0;
            decisions.add(rec, 0, 1);
        }

        @Override
        public void close() throws IOException {
            hashes.close();
            if (decisions != null) decisions.close();
            ids.close();
            if (table != null) table.close();
            ScratchDir.delete(dir);
        }
    }
}
