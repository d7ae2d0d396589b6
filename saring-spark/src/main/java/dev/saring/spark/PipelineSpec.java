package dev.saring.spark;

import dev.saring.pipeline.Pipeline;
import dev.saring.assembly.RunConfig;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's config as small serializable values, what tasks are shipped instead of the pipeline: each
 * executor JVM builds the {@link Pipeline} from it once ({@link #pipeline()}) and shares it between its
 * tasks, so Lingua's models and the phrase tables are loaded once per JVM, never per task or record.
 *
 * <pre>{@code
 * PipelineSpec spec = PipelineSpec.of(RunConfig.defaults());
 * Pipeline p = spec.pipeline();   // the same instance on every later call in this JVM
 * }</pre>
 */
record PipelineSpec(List<String> steps, Map<String, Map<String, String>> settings) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Pipelines built in this JVM, by spec. A handful at most: one per config run in it. */
    private static final Map<PipelineSpec, Pipeline> BUILT = new ConcurrentHashMap<>();

    PipelineSpec {
        steps = List.copyOf(steps);
        var copy = new TreeMap<String, Map<String, String>>();
        settings.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        settings = java.util.Collections.unmodifiableMap(copy);
    }

    static PipelineSpec of(RunConfig config) {
        return new PipelineSpec(config.steps(), config.settings());
    }

    /** The pipeline of this config, built once per JVM. */
    Pipeline pipeline() {
        return BUILT.computeIfAbsent(this, s -> new RunConfig(s.steps(), s.settings()).pipeline());
    }
}
