package dev.saring.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.cli.report.RunFolder;
import dev.saring.io.Compression;
import dev.saring.io.DocumentJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code saring inspect DIR ID}: one document's way through a finished run. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {"Shows what a finished run did with one document: where it came from (file and offset or line),"
                + " the decision of every step, the lines removed from it with their role and reason, and the final text.",
                "It looks the id up in clean/ and rejects/ of DIR; removed lines are struck through on a terminal."},
        footer = {"", "Examples:",
                "  saring inspect out 'urn:uuid:ae1210c5-d11f-4580-a574-9a5f79addebe'",
                "  saring inspect out examples/crawl/ekstrak-teks.jsonl:3 --json | jq .steps"})
public final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The output folder of a finished run.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ID", description = "The document's id, as in clean/ and rejects/.")
    String id;

    @Option(names = "--json", description = "One JSON object, for scripts.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> steps;
        try {
            steps = RunFolder.read(dir).steps();
        } catch (NoSuchFileException e) {
            err.println("saring: " + dir + " holds no finished run (no stats.json)");
            return ExitCodes.USAGE;
        }
        JsonNode kept = null;
        JsonNode dropped = null;
        JsonNode lines = null;
        for (Path f : parts(dir.resolve("clean"))) {
            for (JsonNode n : find(f, id)) kept = n;
        }
        for (Path f : parts(dir.resolve("rejects"))) {
            for (JsonNode n : find(f, id)) {
                if ("lines".equals(n.path("step").asText())) lines = n;
                else dropped = n;
            }
        }
        if (kept == null && dropped == null) {
            if (!parquetParts(dir.resolve("clean")).isEmpty()) {
                err.println("saring: no document with id '" + id + "' in " + dir.resolve("rejects") + ", and " + dir.resolve("clean")
                        + " is Parquet, which inspect does not read: a kept document is there (query it with a Parquet reader,"
                        + " or run with --output-format jsonl)");
                return ExitCodes.USAGE;
            }
            err.println("saring: no document with id '" + id + "' in " + dir.resolve("clean") + " or " + dir.resolve("rejects"));
            return ExitCodes.USAGE;
        }
        ObjectNode journey = journey(steps, kept, dropped, lines);
        if (json) {
            out.println(DocumentJson.MAPPER.writeValueAsString(journey));
        } else {
            print(out, journey, CommandLine.Help.Ansi.AUTO.enabled());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The journey as one JSON object: what {@code --json} prints and the terminal view shows. */
    static ObjectNode journey(List<String> steps, JsonNode kept, JsonNode dropped, JsonNode lineRecord) {
        JsonNode doc = kept != null ? kept : dropped;
        ObjectNode j = DocumentJson.MAPPER.createObjectNode();
        j.put("id", doc.path("id").asText());
        j.set("url", doc.path("url"));
        j.set("source", doc.path("source"));
        j.put("status", kept != null ? "kept" : "dropped");
        if (kept != null) {
            j.set("lang", kept.path("lang"));
            j.set("lang_score", kept.path("lang_score"));
        }
        ArrayNode removed = DocumentJson.MAPPER.createArrayNode();
        JsonNode lines = kept != null ? (lineRecord == null ? null : lineRecord.get("lines")) : dropped.get("lines");
        if (lines != null) lines.forEach(removed::add);
        var linesByStep = new LinkedHashMap<String, Integer>();
        removed.forEach(l -> linesByStep.merge(l.path("step").asText(), 1, Integer::sum));
        String dropStep = dropped != null ? dropped.path("step").asText() : null;
        ArrayNode stepNodes = j.putArray("steps");
        boolean reached = true;
        for (String step : steps) {
            ObjectNode s = stepNodes.addObject();
            s.put("step", step);
            if (!reached) {
                s.put("decision", "not-run");
            } else if (step.equals(dropStep)) {
                s.put("decision", "dropped");
                s.put("reason", dropped.path("reason").asText());
                reached = false;
            } else {
                s.put("decision", "kept");
            }
            if (linesByStep.containsKey(step)) s.put("lines_dropped", linesByStep.get(step));
        }
        j.set("lines", removed);
        j.set("meta", doc.path("meta"));
        j.put("text", doc.path("text").asText());
        return j;
    }

    private static void print(PrintWriter out, JsonNode j, boolean ansi) {
        JsonNode src = j.path("source");
        String where = src.path("line").isNumber() ? "line " + src.path("line").asLong()
                : src.path("offset").isNumber() ? "offset " + src.path("offset").asLong() : "";
        out.println(style(ansi, "1", j.path("id").asText()) + "  " + (j.path("status").asText().equals("kept")
                ? style(ansi, "32", "kept") : style(ansi, "31", "dropped")));
        if (!j.path("url").isNull()) out.println("  url     " + j.path("url").asText());
        out.println("  source  " + src.path("file").asText() + (where.isEmpty() ? "" : ", " + where));
        if (j.has("lang") && !j.path("lang").isNull()) out.println("  lang    " + j.path("lang").asText() + " (" + j.path("lang_score").asText() + ")");
        out.println();
        out.println(style(ansi, "1", "steps"));
        for (JsonNode s : j.path("steps")) {
            String decision = s.path("decision").asText();
            String d = switch (decision) {
                case "dropped" -> style(ansi, "31", "dropped  " + s.path("reason").asText());
                case "not-run" -> style(ansi, "2", "not run");
                default -> style(ansi, "32", "kept");
            };
            String lines = s.has("lines_dropped") ? "  (" + s.path("lines_dropped").asInt() + " lines removed)" : "";
            out.printf("  %-20s %s%s%n", s.path("step").asText(), d, lines);
        }
        if (!j.path("lines").isEmpty()) {
            out.println();
            out.println(style(ansi, "1", "removed lines"));
            for (JsonNode l : j.path("lines")) {
                String label = String.format("%4d %-14s %s", l.path("n").asInt(), l.path("role").asText(),
                        l.path("step").asText() + ":" + l.path("reason").asText());
                out.println("  " + style(ansi, "2", label));
                out.println("       " + (ansi ? style(true, "9;31", l.path("text").asText()) : "- " + l.path("text").asText()));
            }
        }
        out.println();
        out.println(style(ansi, "1", j.path("status").asText().equals("kept") ? "text" : "text when dropped"));
        out.println(j.path("text").asText());
    }

    private static String style(boolean ansi, String code, String s) {
        return ansi ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** The JSONL shards of a folder. */
    private static List<Path> parts(Path folder) throws IOException {
        return parts(folder, false);
    }

    private static List<Path> parquetParts(Path folder) throws IOException {
        return parts(folder, true);
    }

    private static List<Path> parts(Path folder, boolean parquet) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".parquet") == parquet).sorted().toList();
        }
    }

    /** Records of {@code id} in one shard; only the id of other records is parsed. */
    private static List<JsonNode> find(Path file, String id) throws IOException {
        var found = new ArrayList<JsonNode>();
        // a quick text test first, when the id reads the same inside JSON
        boolean plain = id.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20);
        try (var r = new BufferedReader(new InputStreamReader(Compression.open(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if ((plain && !line.contains(id)) || !id.equals(firstId(line))) continue;
                found.add(DocumentJson.MAPPER.readTree(line));
            }
        }
        return found;
    }

    private static String firstId(String line) throws IOException {
        try (JsonParser p = DocumentJson.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("id")) return p.getValueAsString();
                p.skipChildren();
            }
            return null;
        }
    }
}
