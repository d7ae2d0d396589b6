package dev.saring.eval;

import dev.saring.clean.Lines;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How well a line cleaner's decisions agree with labelled pages: precision, recall and F1 of {@code drop},
 * and keep recall (the share of {@code keep} lines kept), micro-averaged over all scored lines of all pages,
 * with the counts of each page available too. Lines labelled {@code skip} are not scored.
 *
 * <p>A cleaner's decision for line {@code n} is the decision of its {@code n}-th block: line cleaners make
 * one block per input line. A step that only rewrites text (no blocks) is scored by which input lines
 * survive, in order, in its output; a step that drops the document drops every line.
 *
 * <pre>{@code
 * LineScores s = LineScores.score("c4", C4LineFilter.defaults(), LineLabels.readAll(List.of(dir)));
 * s.total().dropF1();
 * }</pre>
 *
 * @param cleaner the name the cleaner is reported under
 * @param total   counts summed over all pages
 * @param pages   counts per page, in input order
 */
public record LineScores(String cleaner, Counts total, List<PageScores> pages) {

    public LineScores {
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(total, "total");
        pages = List.copyOf(pages);
    }

    /**
     * Confusion counts of {@code drop} as the positive class.
     *
     * @param dropDropped labelled drop, dropped (true positives)
     * @param keepDropped labelled keep, dropped (false positives)
     * @param dropKept    labelled drop, kept (false negatives)
     * @param keepKept    labelled keep, kept (true negatives)
     */
    public record Counts(long dropDropped, long keepDropped, long dropKept, long keepKept) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(dropDropped + o.dropDropped, keepDropped + o.keepDropped, dropKept + o.dropKept, keepKept + o.keepKept);
        }

        public long scored() {
            return dropDropped + keepDropped + dropKept + keepKept;
        }

        /** Share of dropped lines that should go; 1 when nothing was dropped. */
        public double dropPrecision() {
            long d = dropDropped + keepDropped;
            return d == 0 ? 1.0 : (double) dropDropped / d;
        }

        /** Share of lines that should go that were dropped; 1 when none should. */
        public double dropRecall() {
            long d = dropDropped + dropKept;
            return d == 0 ? 1.0 : (double) dropDropped / d;
        }

        public double dropF1() {
            double p = dropPrecision();
            double r = dropRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of lines that should stay that were kept; 1 when none should. */
        public double keepRecall() {
            long d = keepKept + keepDropped;
            return d == 0 ? 1.0 : (double) keepKept / d;
        }
    }

    /** The counts of one labelled page. */
    public record PageScores(String page, Counts counts) {
    }

    public int files() {
        return pages.size();
    }

    /** Scores {@code step} on every page. */
    public static LineScores score(String cleaner, Step step, List<LineLabels> pages) {
        var per = new ArrayList<PageScores>();
        Counts total = Counts.ZERO;
        for (int p = 0; p < pages.size(); p++) {
            LineLabels page = pages.get(p);
            boolean[] kept = decisions(step, page, p);
            Counts c = count(page, kept);
            per.add(new PageScores(page.name(), c));
            total = total.plus(c);
        }
        return new LineScores(cleaner, total, per);
    }

    /** Which input lines of {@code page} the step keeps. */
    public static boolean[] decisions(Step step, LineLabels page, int index) {
        return decide(step, page, index).kept;
    }

    /**
     * A scored line on which a cleaner and the label disagree: a {@code keep} line dropped or a {@code drop}
     * line kept, with the role and reason the cleaner gave (empty for steps that only rewrite text).
     */
    public record Disagreement(String page, int line, LineLabels.Label label, String role, String reason, String text) {
    }

    /**
     * The scored lines of {@code page} whose decision differs from their label, in line order.
     *
     * <pre>{@code
     * for (var d : LineScores.disagreements(LineCleaner.defaults(), page, 0)) {
     *     System.out.println(d.line() + " " + d.label() + " " + d.reason() + " " + d.text());   // 18 KEEP clean:headline-list ...
     * }
     * }</pre>
     */
    public static List<Disagreement> disagreements(Step step, LineLabels page, int index) {
        Decided d = decide(step, page, index);
        var out = new ArrayList<Disagreement>();
        for (LineLabels.Labelled l : page.labels()) {
            if (l.label() == LineLabels.Label.SKIP || l.line() > d.kept.length) continue;
            boolean kept = d.kept[l.line() - 1];
            if (kept == (l.label() == LineLabels.Label.KEEP)) continue;
            Block b = d.blocks == null ? null : d.blocks.get(l.line() - 1);
            String role = b == null ? "" : b.role().label();
            String reason = b == null || b.isKept() ? "" : b.decision().step() + ":" + b.decision().reason();
            out.add(new Disagreement(page.name(), l.line(), l.label(), role, reason, l.text()));
        }
        return out;
    }

    /** Per input line: kept or not, and the cleaner's block for it when it makes one per line (else null). */
    private record Decided(boolean[] kept, List<Block> blocks) {
    }

    private static Decided decide(Step step, LineLabels page, int index) {
        List<String> lines = Lines.split(page.input());
        var doc = Document.ofText(page.name(), Source.atOffset(page.file().toString(), 0, index, 0), page.input());
        Outcome out = step.apply(doc);
        boolean[] kept = new boolean[lines.size()];
        if (out instanceof Outcome.Dropped) return new Decided(kept, null);
        List<Block> blocks = out.document().blocks();
        if (blocks.size() >= lines.size()) {
            // one block per input line; dropped pieces cut out of kept lines may follow them
            for (int i = 0; i < kept.length; i++) kept[i] = blocks.get(i).isKept();
            return new Decided(kept, blocks);
        } else if (blocks.isEmpty()) {
            List<String> outLines = Lines.split(out.document().text());
            int j = 0;
            for (int i = 0; i < kept.length && j < outLines.size(); i++) {
                if (lines.get(i).strip().equals(outLines.get(j).strip())) {
                    kept[i] = true;
                    j++;
                }
            }
            return new Decided(kept, null);
        }
        throw new IllegalStateException(step.name() + " made " + blocks.size() + " blocks of the " + lines.size()
                + " lines of " + page.file() + ": line decisions need one block per line");
    }

    private static Counts count(LineLabels page, boolean[] kept) {
        long dd = 0, kd = 0, dk = 0, kk = 0;
        for (LineLabels.Labelled l : page.labels()) {
            if (l.label() == LineLabels.Label.SKIP) continue;
            if (l.line() > kept.length) {
                throw new IllegalArgumentException(page.file() + ": label for line " + l.line() + " but the text has " + kept.length + " lines");
            }
            boolean k = kept[l.line() - 1];
            if (l.label() == LineLabels.Label.DROP) {
                if (k) dk++;
                else dd++;
            } else {
                if (k) kk++;
                else kd++;
            }
        }
        return new Counts(dd, kd, dk, kk);
    }
}
