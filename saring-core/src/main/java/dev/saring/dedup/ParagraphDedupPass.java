package dev.saring.dedup;

import dev.saring.dedup.internal.ExternalSorter;
import dev.saring.dedup.internal.OrdinalTable;
import dev.saring.dedup.internal.RecordCursor;
import dev.saring.dedup.internal.ScratchDir;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Paragraph-level exact deduplication across the corpus (Dolma's {@code dedupe.paragraphs}): a paragraph
 * that occurred before, anywhere in input order (an earlier document, or earlier in the same one), is
 * removed from the later document. Off by default in a pipeline: it cuts text out of documents.
 *
 * <p>Paragraphs are the kept blocks of a document that has blocks, else the lines of its text (split at
 * {@code '\n'}, as Dolma does). A removed paragraph stays in the document as a dropped block with
 * {@code Decision.drop("dedup-paragraphs", "dedup:paragraph")}, so that the rejects stream shows it; a
 * text document gets one {@link Role#BODY} block per line for that. A document left without any
 * non-blank kept text is dropped with the same reason.
 *
 * <p>Settings: {@code min_chars} (1): paragraphs shorter than this, white space trimmed, are never
 * removed (0 also removes repeated blank lines, as Dolma without {@code skip_empty} does);
 * {@code normalize} (false): compare {@linkplain TextNormalizer normal forms} instead of exact text.
 *
 * <pre>{@code
 * Pass paragraphs = ParagraphDedupPass.defaults().withMinChars(20);
 * }</pre>
 */
public final class ParagraphDedupPass implements Pass {

    public static final String NAME = "dedup-paragraphs";
    public static final String REASON = "dedup:paragraph";

    static final int DEFAULT_MIN_CHARS = 1;
    private static final int MAX_MIN_CHARS = 1_000_000;
    /** Occurrence record: hash h1, hash h2, ordinal, paragraph index; sorted by all four. */
    private static final int OCCURRENCE_WIDTH = 4;
    /** Decision record: ordinal, index of a removed paragraph. */
    private static final int DECISION_WIDTH = 2;
    private static final double DECISION_MEMORY_SHARE = 0.25;
    private static final Decision DROPPED = Decision.drop(NAME, REASON);

    private final int minChars;
    private final TextNormalizer normalizer;

    private ParagraphDedupPass(int minChars, TextNormalizer normalizer) {
        if (minChars < 0) throw new IllegalArgumentException("min_chars must be >= 0, was " + minChars);
        this.minChars = minChars;
        this.normalizer = normalizer;
    }

    /** Exact paragraphs of at least one non-blank character. */
    public static ParagraphDedupPass defaults() {
        return new ParagraphDedupPass(DEFAULT_MIN_CHARS, null);
    }

    public static ParagraphDedupPass fromParams(Params p) {
        int min = p.intIn("min_chars", DEFAULT_MIN_CHARS, 0, MAX_MIN_CHARS);
        boolean normalize = p.bool("normalize", false);
        p.finish();
        return new ParagraphDedupPass(min, normalize ? TextNormalizer.defaults() : null);
    }

    public ParagraphDedupPass withMinChars(int min) {
        return new ParagraphDedupPass(min, normalizer);
    }

    public ParagraphDedupPass withNormalization(boolean on) {
        return new ParagraphDedupPass(minChars, on ? TextNormalizer.defaults() : null);
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
        return "ParagraphDedup[min_chars=" + minChars + ", normalize=" + (normalizer != null) + "]";
    }

    /** The paragraphs of {@code doc}: its blocks (dropped ones as null), or its lines. */
    private static List<String> paragraphs(Document doc) {
        if (!doc.blocks().isEmpty()) {
            var out = new ArrayList<String>(doc.blocks().size());
            for (Block b : doc.blocks()) out.add(b.isKept() ? b.text() : null);
            return out;
        }
        return Arrays.asList(doc.text().split("\n", -1));
    }

    private boolean counts(String paragraph) {
        return paragraph != null && (minChars == 0 || paragraph.strip().length() >= minChars);
    }

    private final class Run implements Observation {
        private final Path dir;
        private final long memoryBytes;
        private final ExternalSorter occurrences;
        private final AtomicBoolean decided = new AtomicBoolean();
        private OrdinalTable table;
        private ExternalSorter decisions;

        Run(PassContext ctx) throws IOException {
            this.dir = ScratchDir.create(ctx.workDir(), NAME);
            this.memoryBytes = ctx.memoryBytes();
            this.occurrences = new ExternalSorter(dir, "paragraphs", OCCURRENCE_WIDTH, OCCURRENCE_WIDTH, memoryBytes);
        }

        @Override
        public void observe(Document doc) {
            if (decided.get()) throw new IllegalStateException(NAME + ": observe after decider()");
            List<String> paragraphs = paragraphs(doc);
            long ordinal = doc.source().ordinal();
            long[] recs = new long[paragraphs.size() * OCCURRENCE_WIDTH];
            int n = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                if (!counts(p)) continue;
                Hash128 h = Murmur3.hash128(normalizer == null ? p : normalizer.normalize(p));
                int at = n++ * OCCURRENCE_WIDTH;
                recs[at] = h.h1();
                recs[at + 1] = h.h2();
                recs[at + 2] = ordinal;
                recs[at + 3] = i;
            }
            try {
                occurrences.add(recs, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException(NAME + ": cannot spill to " + dir, e);
            }
        }

        @Override
        public Step decider() throws IOException {
            if (!decided.compareAndSet(false, true)) throw new IllegalStateException(NAME + ": decider() called twice");
            decisions = new ExternalSorter(dir, "decisions", DECISION_WIDTH, DECISION_WIDTH, (long) (memoryBytes * DECISION_MEMORY_SHARE));
            try (RecordCursor c = occurrences.sorted()) {
                boolean any = false;
                long h1 = 0;
                long h2 = 0;
                long[] rec = new long[DECISION_WIDTH];
                while (c.next()) {
                    if (any && c.get(0) == h1 && c.get(1) == h2) {
                        rec[0] = c.get(2);
                        rec[1] = c.get(3);
                        decisions.add(rec, 0, 1);
                    } else {
                        any = true;
                        h1 = c.get(0);
                        h2 = c.get(1);
                    }
                }
            }
            occurrences.close();
            try (RecordCursor c = decisions.sorted()) {
                table = OrdinalTable.write(dir.resolve("decisions.bin"), DECISION_WIDTH, c);
            }
            decisions.close();
            return new Decider(table);
        }

        @Override
        public void close() throws IOException {
            occurrences.close();
            if (decisions != null) decisions.close();
            if (table != null) table.close();
            ScratchDir.delete(dir);
        }
    }

    private static final class Decider implements Step {
        private final OrdinalTable table;

        Decider(OrdinalTable table) {
            this.table = table;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Outcome apply(Document doc) {
            long[] rec;
            try {
                rec = table.lookup(doc.source().ordinal());
            } catch (IOException e) {
                throw new UncheckedIOException(NAME + ": cannot read decisions", e);
            }
            if (rec.length == 0) return Outcome.keep(doc);
            var blocks = new ArrayList<Block>();
            if (doc.blocks().isEmpty()) {
                for (String line : paragraphs(doc)) blocks.add(Block.kept(Role.BODY, line));
            } else {
                blocks.addAll(doc.blocks());
            }
            for (int r = 0; r < rec.length; r += DECISION_WIDTH) {
                int i = (int) rec[r + 1];
                blocks.set(i, blocks.get(i).withDecision(DROPPED));
            }
            Document cut = doc.withBlocks(blocks);
            return cut.text().isBlank() ? Outcome.drop(cut, NAME, REASON) : Outcome.keep(cut);
        }

        @Override
        public String toString() {
            return NAME + "-decider[" + table.size() + " removed paragraphs]";
        }
    }
}
