package dev.saring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Documents of about 5 KB for the benchmarks, made of real pages from the shared corpora (consecutive
 * pages joined until a document reaches the size): Indonesian news, Malay web pages, English web text.
 * The corpora are found through {@code -Dsaring.shared=DIR} (default {@code ../shared}).
 */
final class BenchDocuments {

    static final int DOC_CHARS = 5_000;
    static final int DOCS = 64;

    private BenchDocuments() {
    }

    static List<String> of(String lang) {
        Path shared = Path.of(System.getProperty("saring.shared", "../shared")).resolve("corpora");
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("benchmarks need the shared corpora: run from the repository root or give -Dsaring.shared=DIR");
        }
        try {
            List<String> pages = switch (lang) {
                case "id" -> indonesian(shared.resolve("indonesian/liputan6-etc-text/indon-news.json"));
                case "ms" -> malay(shared.resolve("indonesian/malay-web-jsonl"));
                case "en" -> english(shared.resolve("warc/dolma-ccnet-cc_en_head-0091.jsonl.gz"));
                default -> throw new IllegalArgumentException("no benchmark documents for " + lang);
            };
            return join(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consecutive pages joined with a blank line and cut to {@link #DOC_CHARS} at a line end. */
    private static List<String> join(List<String> pages) {
        var docs = new ArrayList<String>();
        var sb = new StringBuilder();
        for (int i = 0; docs.size() < DOCS; i = (i + 1) % pages.size()) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(pages.get(i).strip());
            if (sb.length() >= DOC_CHARS) {
                int cut = sb.lastIndexOf("\n", DOC_CHARS);
                docs.add(sb.substring(0, cut > DOC_CHARS / 2 ? cut : DOC_CHARS));
                sb.setLength(0);
            }
        }
        return docs;
    }

    private static List<String> indonesian(Path file) throws IOException {
        var out = new ArrayList<String>();
        new ObjectMapper().readTree(file.toFile()).forEach(d -> out.add(d.get("text").asText()));
        return out;
    }

    private static List<String> malay(Path dir) throws IOException {
        var mapper = new ObjectMapper();
        var out = new ArrayList<String>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode page = mapper.readTree(line);
                    for (String field : List.of("body", "content", "div")) {
                        JsonNode v = page.get(field);
                        if (v == null) continue;
                        var parts = new ArrayList<String>();
                        if (v.isArray()) v.forEach(e -> parts.add(e.asText()));
                        else parts.add(v.asText());
                        out.add(String.join("\n", parts));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static List<String> english(Path file) throws IOException {
        var mapper = new ObjectMapper();
        var out = new ArrayList<String>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && out.size() < 2_000; line = in.readLine()) {
                JsonNode t = mapper.readTree(line).get("text");
                if (t != null) out.add(t.asText());
            }
        }
        return out;
    }
}
