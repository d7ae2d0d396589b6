package dev.saring.assembly;

import dev.saring.pipeline.Pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A run's configuration file: which stages, in which order, and settings by stage name. A Java
 * properties file, so that it needs no parser of its own and takes comments:
 * <pre>{@code
 * # stages in order; without this line, the default pipeline
 * steps = extract, clean, repeated-lines, non-empty, language, gopher-quality, dedup-exact, dedup-near
 * language.keep = id, ms, en
 * gopher-quality.min_doc_words = 100
 * fineweb-quality.id.line_punct_thr = 0.12
 * dedup-near.bands = 14
 * }</pre>
 * A key {@code stage.setting} goes to that stage; {@code stage.lang.setting} to a quality filter's
 * settings for one language. The stage reads and validates its settings, so a typo or a value out of range
 * is an error that names the key.
 *
 * @param steps    stage names in order
 * @param settings settings by stage name, each a map of setting to value
 */
public record RunConfig(List<String> steps, Map<String, Map<String, String>> settings) {

    public RunConfig {
        steps = List.copyOf(steps);
        var copy = new TreeMap<String, Map<String, String>>();
        settings.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        settings = copy;
    }

    /** The default pipeline with no settings. */
    public static RunConfig defaults() {
        return new RunConfig(Stages.defaultNames(), Map.of());
    }

    /** Reads a config file. */
    public static RunConfig load(Path file) throws IOException {
        var props = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        }
        List<String> steps = Stages.defaultNames();
        var settings = new LinkedHashMap<String, Map<String, String>>();
        for (String key : new TreeMap<>(props).keySet().stream().map(Object::toString).toList()) {
            String value = props.getProperty(key).trim();
            if (key.equals("steps")) {
                steps = Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
                continue;
            }
            String[] parts = key.split("\\.", -1);
            if (parts.length < 2 || parts.length > 3 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(file + ": key '" + key
                        + "' should be 'steps', '<stage>.<setting>' or '<stage>.<language>.<setting>'");
            }
            // <stage>.<language>.<setting>: the settings of a quality filter for one language
            String section = parts.length == 3 ? parts[0] + ":" + parts[1] : parts[0];
            settings.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(parts[parts.length - 1], value);
        }
        return new RunConfig(steps, settings);
    }

    /** A copy with one more setting (command-line options win over the file). */
    public RunConfig with(String stage, String setting, String value) {
        var copy = new LinkedHashMap<String, Map<String, String>>();
        settings.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
        copy.computeIfAbsent(stage, k -> new LinkedHashMap<>()).put(setting, value);
        return new RunConfig(steps, copy);
    }

    public Pipeline pipeline() {
        return Stages.pipeline(steps, settings);
    }
}
