package dev.saring.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.io.DocumentJson;
import dev.saring.pipeline.RunSample;
import dev.saring.pipeline.Stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a finished run wrote that a report is made of: {@code stats.json}, {@code sample.json},
 * {@code errors.jsonl} (counted, with a few examples per kind), {@code timeline.json} and
 * {@code config.properties}. Never the corpus itself, so that reading stays cheap for a run of any size.
 *
 * <pre>{@code
 * RunFolder run = RunFolder.read(Path.of("out"));
 * run.stats().get(Stats.DOCUMENTS, "kept");
 * }</pre>
 *
 * @param dir        the output folder
 * @param stats      the run's counters
 * @param sample     the run's sample (empty when the run wrote none)
 * @param errors     input errors by kind, with a few examples each
 * @param timeline   throughput points (empty when the run wrote none)
 * @param config     the text of {@code config.properties}, or empty
 * @param steps      stage names in pipeline order
 */
public record RunFolder(Path dir, Stats stats, RunSample sample, Map<String, ErrorKind> errors,
                        List<Timeline.Point> timeline, String config, List<String> steps) {

    /** Errors kept per kind as examples. */
    static final int ERROR_EXAMPLES = 5;

    /** One kind of input error: how many, and the first few (file, place, message) in the order of errors.jsonl. */
    public record ErrorKind(String kind, long count, List<ErrorExample> examples) {
    }

    public record ErrorExample(String file, String where, String message) {
    }

    /**
     * Reads the folder of a finished run.
     *
     * @throws NoSuchFileException when it holds no {@code stats.json}
     */
    public static RunFolder read(Path dir) throws IOException {
        Path statsFile = dir.resolve("stats.json");
        if (!Files.exists(statsFile)) throw new NoSuchFileException(statsFile.toString(), null, "no stats.json: not the output folder of a finished run");
        Stats stats = Stats.readJson(DocumentJson.MAPPER.readTree(statsFile.toFile()));
        Path sampleFile = dir.resolve(RunSample.FILE);
        RunSample sample = Files.exists(sampleFile) ? RunSample.readJson(DocumentJson.MAPPER.readTree(sampleFile.toFile())) : new RunSample();
        Path configFile = dir.resolve("config.properties");
        String config = Files.exists(configFile) ? Files.readString(configFile, StandardCharsets.UTF_8) : "";
        return new RunFolder(dir, stats, sample, readErrors(dir.resolve("errors.jsonl")), Timeline.read(dir), config,
                steps(config, stats));
    }

    /** The pipeline's order: the {@code steps} line of the config; else by documents in, most first. */
    private static List<String> steps(String config, Stats stats) throws IOException {
        var props = new Properties();
        props.load(new StringReader(config));
        String steps = props.getProperty("steps");
        if (steps != null && !steps.isBlank()) {
            return Arrays.stream(steps.trim().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }
        return stats.section(Stats.STEP_IN).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, ErrorKind> readErrors(Path file) throws IOException {
        var counts = new TreeMap<String, long[]>();
        var examples = new LinkedHashMap<String, List<ErrorExample>>();
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    JsonNode n;
                    try {
                        n = DocumentJson.MAPPER.readTree(line);
                    } catch (IOException e) {
                        continue; // a line cut by a crash: the counts in stats.json still hold
                    }
                    String kind = n.path("kind").asText("unknown");
                    counts.computeIfAbsent(kind, k -> new long[1])[0]++;
                    var list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
                    if (list.size() < ERROR_EXAMPLES) {
                        String where = !n.path("line").isNull() && n.has("line") ? "line " + n.get("line").asLong()
                                : !n.path("offset").isNull() && n.has("offset") ? "offset " + n.get("offset").asLong() : "";
                        list.add(new ErrorExample(n.path("file").asText(), where, n.path("error").asText()));
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, ErrorKind>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), new ErrorKind(e.getKey(), e.getValue()[0], List.copyOf(examples.get(e.getKey())))));
        return out;
    }
}
