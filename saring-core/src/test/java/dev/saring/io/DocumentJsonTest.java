package dev.saring.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Meta;
import dev.saring.model.RawContent;
import dev.saring.model.Role;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentJsonTest {

    private static String json(IoWriter w) throws IOException {
        var sw = new StringWriter();
        try (JsonGenerator g = DocumentJson.FACTORY.createGenerator(sw)) {
            w.write(g);
        }
        return sw.toString();
    }

    interface IoWriter {
        void write(JsonGenerator g) throws IOException;
    }

    private final Document cleaned = Document.ofText("urn:uuid:1", Source.atLine("a.jsonl", 2, 7, 812, 9), "")
            .withUrl("https://kabarnusa.example/berita/1")
            .withBlocks(List.of(Block.kept(Role.BODY, "Harga cabai naik."),
                    new Block(Role.RELATED_LINK, "Baca juga: Harga Beras Turun", Decision.drop("clean", "phrase:related-link")),
                    Block.kept(Role.BODY, "Pedagang mengeluh.")))
            .withTitle("Harga cabai")
            .withLang(new LanguageGuess("id", 0.98765, "ms", 0.01))
            .withMeta(Meta.of(Map.of("date", "2026-11-02")).with("tags", List.of("ekonomi", 3L)));

    @Test
    void internalFormGivesTheDocumentBackEqual() throws IOException {
        String s = json(g -> DocumentJson.writeInternal(g, cleaned));
        Document back = DocumentJson.readInternal(DocumentJson.MAPPER.readTree(s));
        assertThat(back).isEqualTo(cleaned);
        assertThat(back.text()).isEqualTo("Harga cabai naik.\nPedagang mengeluh.");
    }

    @Test
    void streamedInternalFormGivesWhatTheTreeGives() throws IOException {
        byte[] html = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        Document raw = Document.ofRaw("r", Source.atOffset("c.warc.gz", 0, 0, 0), new RawContent(html, "text/html", null))
                .withUrl("https://r.example/");
        Document dropped = cleaned.withBlocksAndText(List.of(Block.kept(Role.TITLE, "Harga"),
                Block.kept(Role.NAVIGATION, "Beranda").withDecision(Decision.drop("clean", "phrase:beranda")),
                Block.kept(Role.BODY, "Naik \"lagi\"\n\u00e9")), "x")
                .withMeta(Meta.of(Map.of("n", 12345678901L, "f", 0.25, "b", true, "m", Map.of("k", List.of(1L, "v")))));
        Document bare = Document.ofText("x", Source.atOffset("t.txt", 0, 0, -1), "hi");
        for (Document d : List.of(cleaned, raw, dropped, bare)) {
            String s = json(g -> DocumentJson.writeInternal(g, d));
            Document fromTree = DocumentJson.readInternal(DocumentJson.MAPPER.readTree(s));
            try (var p = DocumentJson.FACTORY.createParser(s)) {
                p.nextToken();
                Document streamed = DocumentJson.readInternal(p);
                // raw bytes are an array, compared by identity in equals: compare what is written back
                assertThat(json(g -> DocumentJson.writeInternal(g, streamed))).isEqualTo(s)
                        .isEqualTo(json(g -> DocumentJson.writeInternal(g, fromTree)));
                if (d.raw().isEmpty()) assertThat(streamed).isEqualTo(fromTree).isEqualTo(d);
                assertThat(p.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
                assertThat(p.nextToken()).isNull();
            }
        }
    }

    @Test
    void internalFormKeepsRawBytes() throws IOException {
        byte[] html = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        Document raw = Document.ofRaw("r", Source.atOffset("c.warc.gz", 0, 0, 0), new RawContent(html, "text/html", "iso-8859-1"));
        Document back = DocumentJson.readInternal(DocumentJson.MAPPER.readTree(json(g -> DocumentJson.writeInternal(g, raw))));
        assertThat(back.raw().orElseThrow().bytes()).isEqualTo(html);
        assertThat(back.raw().orElseThrow().charset()).isEqualTo("iso-8859-1");
    }

    @Test
    void cleanRecordHasEveryKeyInAFixedOrder() throws IOException {
        assertThat(json(g -> DocumentJson.writeClean(g, cleaned))).isEqualTo(
                "{\"id\":\"urn:uuid:1\",\"url\":\"https://kabarnusa.example/berita/1\",\"lang\":\"id\",\"lang_score\":0.9877,"
                        + "\"title\":\"Harga cabai\",\"text\":\"Harga cabai naik.\\nPedagang mengeluh.\","
                        + "\"source\":{\"file\":\"a.jsonl\",\"offset\":812,\"line\":9},\"meta\":{\"date\":\"2026-11-02\",\"tags\":[\"ekonomi\",3]}}");
        Document bare = Document.ofText("x", Source.atOffset("t.txt", 0, 0, -1), "hi");
        assertThat(json(g -> DocumentJson.writeClean(g, bare))).isEqualTo(
                "{\"id\":\"x\",\"url\":null,\"lang\":null,\"lang_score\":null,\"title\":null,\"text\":\"hi\","
                        + "\"source\":{\"file\":\"t.txt\",\"offset\":null,\"line\":null},\"meta\":{}}");
    }

    @Test
    void droppedLinesAreWrittenWithTheirPlaceRoleAndReason() throws IOException {
        assertThat(json(g -> DocumentJson.writeDroppedLines(g, cleaned))).contains(
                "\"step\":\"lines\"",
                "\"lines\":[{\"n\":2,\"role\":\"related-link\",\"step\":\"clean\",\"reason\":\"phrase:related-link\",\"text\":\"Baca juga: Harga Beras Turun\"}]");
        Document nothingDropped = cleaned.withBlocks(List.of(Block.kept(Role.BODY, "a")));
        assertThat(json(g -> assertThat(DocumentJson.writeDroppedLines(g, nothingDropped)).isZero())).isEmpty();
    }

    @Test
    void aDroppedDocumentCarriesTheLinesDroppedBeforeIt() throws IOException {
        assertThat(json(g -> DocumentJson.writeDroppedDocument(g, cleaned, "gopher-quality", "gopher:min_words")))
                .contains("\"step\":\"gopher-quality\",\"reason\":\"gopher:min_words\"", "\"text\":\"Harga cabai naik.\\nPedagang mengeluh.\"",
                        "Baca juga: Harga Beras Turun");
    }
}
