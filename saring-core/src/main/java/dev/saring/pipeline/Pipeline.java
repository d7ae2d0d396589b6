package dev.saring.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The stages of a job in order: steps and passes. Immutable; the local runner, the command line and the
 * Spark runner only assemble and run a pipeline.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()
 *         .step(MainContentExtractor.defaults())
 *         .pass(new RepeatedLines(...))
 *         .build();
 * }</pre>
 */
public record Pipeline(List<Stage> stages) {

    public Pipeline {
        stages = List.copyOf(stages);
        var names = new java.util.HashSet<String>();
        for (Stage s : stages) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two stages are named '" + s.name() + "': names must be unique");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The pipeline split at its passes: the steps before the first pass, then each pass with the steps after it. */
    public List<Segment> segments() {
        var out = new ArrayList<Segment>();
        Pass pass = null;
        var steps = new ArrayList<Step>();
        for (Stage s : stages) {
            if (s instanceof Pass p) {
                out.add(new Segment(pass, steps));
                pass = p;
                steps = new ArrayList<>();
            } else {
                steps.add((Step) s);
            }
        }
        out.add(new Segment(pass, steps));
        return out;
    }

    /**
     * A run of work done in one read of the documents: the decider of {@code pass} (if any), then the steps.
     *
     * @param pass  the pass whose decisions open this segment, or null for the first segment
     * @param steps the steps that follow it
     */
    public record Segment(Pass pass, List<Step> steps) {
        public Segment {
            steps = List.copyOf(steps);
        }
    }

    @Override
    public String toString() {
        return "Pipeline" + stages;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder step(Step step) {
            stages.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        public Builder pass(Pass pass) {
            stages.add(Objects.requireNonNull(pass, "pass"));
            return this;
        }

        public Builder stage(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
