package dev.saring.cli;

import dev.saring.io.AtomicFile;
import dev.saring.pipeline.RunConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** {@code config.properties} in a run's output folder: the pipeline and settings the run used, in the config file's syntax. */
final class RunConfigFile {

    static final String FILE = "config.properties";

    private RunConfigFile() {
    }

    static void write(Path dir, RunConfig cfg) throws IOException {
        try (var f = AtomicFile.create(dir.resolve(FILE))) {
            f.stream().write(text(cfg).getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
    }

    /** The config as a file that {@code --config} reads back to the same pipeline. */
    static String text(RunConfig cfg) {
        var sb = new StringBuilder("# The pipeline and settings of this run; 'saring run --config' reads this file.\n");
        sb.append("steps = ").append(String.join(", ", cfg.steps())).append('\n');
        for (Map.Entry<String, Map<String, String>> section : cfg.settings().entrySet()) {
            // a section "stage:lang" is written as stage.lang.setting
            String prefix = section.getKey().replace(':', '.');
            new java.util.TreeMap<>(section.getValue()).forEach((k, v) -> sb.append(prefix).append('.').append(k).append(" = ").append(escape(v)).append('\n'));
        }
        return sb.toString();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
