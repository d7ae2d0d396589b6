package dev.saring.pipeline;

import dev.saring.io.InputError;
import dev.saring.io.InputException;
import dev.saring.model.Document;
import dev.saring.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The per-document work of one segment of a {@link Plan}: the decider of the segment's pass (if any), then
 * its steps, applied to one document at a time. Counts every step's documents in, drops, time and bytes
 * out into {@link Stats}; a step that throws on a document drops it with reason
 * {@code error:<exception>} and reports an {@link InputError} of kind {@code step-error}, so one bad
 * document never stops a run. Immutable and safe to share across threads, if its steps are (they are).
 * Both runners call this same code: the local one on its workers, the Spark one inside
 * {@code mapPartitions}.
 *
 * <pre>{@code
 * StepChain chain = StepChain.of(plan.segments().get(0), null, false);
 * var errors = new ArrayList<InputError>();
 * Outcome o = chain.apply(doc, stats, errors);   // kept(document) or dropped(step, reason)
 * }</pre>
 */
public final class StepChain {

    private final List<Step> steps;
    private final boolean failFast;

    /**
     * @param steps    applied in order until one drops the document
     * @param failFast a step that throws stops the run ({@link InputException}) instead of dropping the document
     */
    public StepChain(List<Step> steps, boolean failFast) {
        this.steps = List.copyOf(steps);
        this.failFast = failFast;
    }

    /**
     * The chain of a segment.
     *
     * @param decider the decider of {@code segment.pass()} after it observed everything; null for a
     *                segment without a pass (the first). It is named as the pass in stats and rejects.
     */
    public static StepChain of(Pipeline.Segment segment, Step decider, boolean failFast) {
        var steps = new ArrayList<Step>();
        if (segment.pass() != null) {
            Objects.requireNonNull(decider, () -> "the decider of pass " + segment.pass().name());
            steps.add(Step.of(segment.pass().name(), decider::apply));
        }
        steps.addAll(segment.steps());
        return new StepChain(steps, failFast);
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * Applies the steps to one document.
     *
     * @param stats  receives {@link Stats#STEP_IN}, {@link Stats#STEP_DROPPED}, {@link Stats#STEP_NANOS} and
     *               {@link Stats#STEP_BYTES_OUT} per step
     * @param errors receives an error for each step that threw
     * @return the document as the last step left it, or the drop with the step and reason
     * @throws InputException a step threw and fail-fast was asked
     */
    public Outcome apply(Document doc, Stats stats, List<InputError> errors) {
        Document d = doc;
        for (Step step : steps) {
            long t0 = System.nanoTime();
            Outcome o;
            try {
                o = step.apply(d);
            } catch (InputException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // A step that fails on one document must not stop the run: the document is dropped and explained.
                var error = new InputError(d.source().file(), d.source().offset(), d.source().line(), "step-error",
                        step.name() + " failed on " + d.id() + ": " + e);
                if (failFast) throw new InputException(error);
                errors.add(error);
                o = Outcome.drop(d, step.name(), "error:" + e.getClass().getSimpleName());
            }
            stats.add(Stats.STEP_NANOS, step.name(), System.nanoTime() - t0);
            stats.add(Stats.STEP_IN, step.name(), 1);
            if (o instanceof Outcome.Dropped) {
                stats.add(Stats.STEP_DROPPED, step.name(), 1);
                return o;
            }
            d = o.document();
            stats.add(Stats.STEP_BYTES_OUT, step.name(), Stats.utf8Length(d.text()));
        }
        return Outcome.keep(d);
    }

    @Override
    public String toString() {
        return "StepChain" + steps;
    }
}
