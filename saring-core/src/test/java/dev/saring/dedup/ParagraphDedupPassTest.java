package dev.saring.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static dev.saring.dedup.ExactDedupPassTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ParagraphDedupPassTest {

    @TempDir
    Path work;

    @Test
    void aParagraphSeenInAnEarlierDocumentIsRemovedAndShownAsADroppedBlock() throws IOException {
        var docs = List.of(
                doc("a", 0, 0, "Judul berita pertama\nBaca juga: berita lain\nIsi berita pertama."),
                doc("b", 0, 1, "Judul berita kedua\nBaca juga: berita lain\nIsi berita kedua.\nIsi berita kedua."));
        List<Outcome> out = PassRunner.run(ParagraphDedupPass.defaults(), docs, work, 2, 5, PassRunner.ROOMY);
        assertThat(out.get(0).document()).isEqualTo(docs.get(0));
        Document b = out.get(1).document();
        assertThat(b.text()).isEqualTo("Judul berita kedua\nIsi berita kedua.");
        assertThat(b.blocks()).extracting(Block::isKept).containsExactly(true, false, true, false);
        assertThat(b.blocks().get(1).decision().toString()).isEqualTo("drop dedup-paragraphs:dedup:paragraph");
    }

    @Test
    void blocksOfAnExtractedDocumentAreTheParagraphsAndDroppedBlocksAreIgnored() throws IOException {
        Document a = doc("a", 0, 0, "").withBlocks(List.of(Block.kept(Role.BODY, "Menu utama"),
                Block.kept(Role.BODY, "Isi a.")));
        Document b = doc("b", 0, 1, "").withBlocks(List.of(
                Block.kept(Role.NAVIGATION, "Isi a.").withDecision(dev.saring.model.Decision.drop("clean", "x")),
                Block.kept(Role.NAVIGATION, "Menu utama"), Block.kept(Role.BODY, "Isi b.")));
        List<Outcome> out = PassRunner.run(ParagraphDedupPass.defaults(), List.of(a, b), work);
        assertThat(out.get(1).document().text()).isEqualTo("Isi b.");
        assertThat(out.get(1).document().blocks().get(0).decision().step()).isEqualTo("clean");
        assertThat(out.get(1).document().blocks().get(1).decision().reason()).isEqualTo("dedup:paragraph");
    }

    @Test
    void aDocumentLeftWithoutTextIsDropped() throws IOException {
        var docs = List.of(doc("a", 0, 0, "satu\ndua"), doc("b", 0, 1, "dua\nsatu"));
        List<Outcome> out = PassRunner.run(ParagraphDedupPass.defaults(), docs, work);
        assertThat(out.get(1)).isInstanceOf(Outcome.Dropped.class);
        assertThat(((Outcome.Dropped) out.get(1)).reason()).isEqualTo("dedup:paragraph");
    }

    @Test
    void shortParagraphsAndBlankLinesStayUnlessTheMinimumIsLowered() throws IOException {
        var docs = List.of(doc("a", 0, 0, "ok\n\nisi panjang"), doc("b", 0, 1, "ok\n\nisi lain"));
        assertThat(PassRunner.run(ParagraphDedupPass.defaults().withMinChars(3), docs, work).get(1).document().text())
                .isEqualTo("ok\n\nisi lain");
        assertThat(PassRunner.run(ParagraphDedupPass.defaults().withMinChars(0), docs, work).get(1).document().text())
                .isEqualTo("isi lain");
    }

    /** Dolma's own test: its documents, its expected duplicate spans, with its settings (no skip_empty). */
    @Test
    void dolmasExpectedDuplicateParagraphSpansAreReproduced() throws IOException {
        Path dir = Path.of(System.getProperty("saring.shared", "../shared"), "corpora/neardup/dolma-dedup-test");
        assumeTrue(Files.isDirectory(dir), "shared corpora not present: " + dir);
        var mapper = new ObjectMapper();
        var docs = new ArrayList<Document>();
        int i = 0;
        for (JsonNode n : readJsonl(dir.resolve("provided_deduper_documents_000.json.gz"), mapper)) {
            docs.add(Document.ofText(n.get("id").asText(), Source.atLine("000.json.gz", 0, i, 0, i + 1), n.get("text").asText()));
            i++;
        }
        List<Outcome> out = PassRunner.run(ParagraphDedupPass.defaults().withMinChars(0), docs, work, 3, 17, 4 << 10);
        List<JsonNode> expected = readJsonl(dir.resolve("expected_dedupe-paragraphs.json.gz"), mapper);
        assertThat(out).hasSameSizeAs(expected);
        int spans = 0;
        for (int d = 0; d < out.size(); d++) {
            assertThat(out.get(d).document().id()).isEqualTo(expected.get(d).get("id").asText());
            var want = new ArrayList<String>();
            for (JsonNode s : expected.get(d).get("attributes").get("bff_duplicate_paragraph_spans")) {
                want.add(s.get(0).asInt() + "-" + s.get(1).asInt());
            }
            assertThat(dolmaSpans(docs.get(d).text(), out.get(d).document())).as(docs.get(d).id()).isEqualTo(want);
            spans += want.size();
        }
        assertThat(spans).isEqualTo(43);
    }

    /**
     * Spans of dropped paragraphs computed as Dolma's deduper does: offsets count code points, each
     * paragraph takes its newline, except that the newline is counted only while the offset is below
     * the UTF-8 length minus one (a quirk that the expected file records, kept here on purpose).
     */
    private static List<String> dolmaSpans(String text, Document result) {
        String[] paragraphs = text.split("\n", -1);
        int byteLength = text.getBytes(StandardCharsets.UTF_8).length;
        var out = new ArrayList<String>();
        int offset = 0;
        for (int p = 0; p < paragraphs.length; p++) {
            int start = offset;
            offset += paragraphs[p].codePointCount(0, paragraphs[p].length());
            if (offset < byteLength - 1) offset++;
            boolean dropped = !result.blocks().isEmpty() && !result.blocks().get(p).isKept();
            if (dropped) out.add(start + "-" + offset);
        }
        return out;
    }

    private static List<JsonNode> readJsonl(Path gz, ObjectMapper mapper) throws IOException {
        var out = new ArrayList<JsonNode>();
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) out.add(mapper.readTree(line));
            }
        }
        return out;
    }
}
