package dev.saring.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.model.LanguageGuess;
import dev.saring.text.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Document-level targets on the shared corpora, with the default options (all languages, low accuracy).
 * Skipped where {@code ../shared} is absent.
 */
class SharedCorporaLanguageTest {

    /**
     * Documents of indon-news.json that are not Indonesian, found by reading them: Malaysian news in Malay
     * ("kerajaan", "peratus", "Amerika Syarikat", "memaklumkan", "pengebumian") and two English captions.
     * Each is pinned by its opening words, so that a changed file fails here instead of shifting the list.
     */
    private static final Map<Integer, String> NOT_INDONESIAN = new TreeMap<>(Map.ofEntries(
            Map.entry(23, "ms:ULASAN | Rakyat kian terbeban"),
            Map.entry(77, "ms:SEDAR atau tidak sedar"),
            Map.entry(91, "ms:: Wisma Putra mengesahkan"),
            Map.entry(227, "ms:Prestasi nilai mata wang ringgit"),
            Map.entry(280, "ms:PELAYAR, Muhammad Fauzi"),
            Map.entry(337, "en:A woman wearing a protective mask"),
            Map.entry(338, "en:A woman wearing a protective mask"),
            Map.entry(353, "ms:[Video] TPM @drwanazizah"),
            Map.entry(368, "ms:ULASAN | Rakyat kian terbeban"),
            Map.entry(613, "ms:SEDAR atau tidak sedar"),
            Map.entry(657, "ms:: Wisma Putra mengesahkan")));

    private static final Path SHARED = Path.of(System.getProperty("saring.shared", "../shared"));
    private static LinguaIdentifier lingua;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpora")), "no shared corpora at " + SHARED + ": skipped");
        lingua = LinguaIdentifier.load(LanguageOptions.defaults());
    }

    @Test
    void indonesianNewsComesOutIndonesian() throws IOException {
        Path file = SHARED.resolve("corpora/indonesian/liputan6-etc-text/indon-news.json");
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        JsonNode docs = new ObjectMapper().readTree(file.toFile());
        assertThat(docs.size()).isEqualTo(695);
        int indonesian = 0;
        int asIndonesian = 0;
        int all = 0;
        var misses = new ArrayList<String>();
        for (int i = 0; i < docs.size(); i++) {
            String text = docs.get(i).get("text").asText();
            LanguageGuess g = lingua.identify(text);
            if (g.code().equals("id")) all++;
            String exception = NOT_INDONESIAN.get(i);
            if (exception != null) {
                assertThat(text.strip()).as("document %d", i).startsWith(exception.substring(3).strip());
                if (exception.startsWith("ms")) assertThat(g.code()).as("Malay document %d", i).isEqualTo("ms");
                continue;
            }
            indonesian++;
            if (g.code().equals("id")) asIndonesian++;
            else misses.add(i + "=" + g.code());
        }
        double share = (double) asIndonesian / indonesian;
        System.out.printf("indon-news: %d/%d Indonesian documents come out id (%.2f%%); %d/695 of all (%.2f%%); misses %s%n",
                asIndonesian, indonesian, 100 * share, all, 100.0 * all / 695, misses);
        assertThat(share).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void malayPagesOfFiftyWordsOrMoreComeOutMalay() throws IOException {
        Path dir = SHARED.resolve("corpora/indonesian/malay-web-jsonl");
        assumeTrue(Files.isDirectory(dir), "missing " + dir);
        var mapper = new ObjectMapper();
        int pages = 0;
        int malay = 0;
        var others = new TreeMap<String, Integer>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    String text = pageText(mapper.readTree(line));
                    if (Words.ROOT.count(text) < 50) continue;
                    pages++;
                    String code = lingua.identify(text).code();
                    if (code.equals("ms")) malay++;
                    else others.merge(code, 1, Integer::sum);
                }
            }
        }
        double share = (double) malay / pages;
        System.out.printf("malay-web: %d/%d pages of >= 50 words come out ms (%.2f%%); others %s%n", malay, pages, 100 * share, others);
        assertThat(pages).isGreaterThan(200);
        assertThat(share).isGreaterThanOrEqualTo(0.95);
    }

    /** The page's text: {@code body} (a string) or {@code content}/{@code div} (lists of paragraphs). */
    static String pageText(JsonNode page) {
        for (String field : List.of("body", "content", "div", "text")) {
            JsonNode v = page.get(field);
            if (v == null) continue;
            if (!v.isArray()) return v.asText();
            var parts = new ArrayList<String>();
            v.forEach(e -> parts.add(e.asText()));
            return String.join("\n", parts);
        }
        return "";
    }
}
