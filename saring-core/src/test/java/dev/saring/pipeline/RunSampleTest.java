package dev.saring.pipeline;

import dev.saring.io.DocumentJson;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Role;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunSampleTest {

    private static Document doc(int i) {
        var blocks = List.of(Block.kept(Role.BODY, "Body line of document " + i),
                new Block(Role.NAVIGATION, "Home | News | Sport", Decision.drop("clean", "repeated:" + (i % 7 + 2))),
                new Block(Role.RELATED_LINK, "Baca juga: another story " + i, Decision.drop("clean", "phrase:related")));
        return Document.ofText("doc-" + i, Source.atOffset("in.jsonl", i % 3, i, i * 100L), "").withBlocks(blocks);
    }

    private static String json(RunSample s) throws IOException {
        var w = new StringWriter();
        try (var g = DocumentJson.FACTORY.createGenerator(w)) {
            s.writeJson(g);
        }
        return w.toString();
    }

    @Test
    void shardSamplesMergedInAnyOrderEqualTheSampleOfTheWholeRun() throws IOException {
        var whole = new RunSample();
        var shards = List.of(new RunSample(), new RunSample(), new RunSample());
        for (int i = 0; i < 3_000; i++) {
            Document d = doc(i);
            if (i % 5 == 0) {
                whole.offerDropped(d, "gopher-quality", "gopher:min_words");
                shards.get(i % 3).offerDropped(d, "gopher-quality", "gopher:min_words");
            } else {
                whole.offerKept(d);
                shards.get(i % 3).offerKept(d);
            }
        }
        var forward = new RunSample();
        shards.forEach(forward::merge);
        var backward = new RunSample();
        for (int k = shards.size() - 1; k >= 0; k--) backward.merge(RunSample.readJson(DocumentJson.MAPPER.readTree(json(shards.get(k)))));
        assertThat(json(forward)).isEqualTo(json(whole)).isEqualTo(json(backward));
        assertThat(whole.kept()).hasSize(RunSample.KEPT);
        assertThat(whole.droppedDocuments().get("gopher-quality:gopher:min_words")).hasSize(RunSample.PER_KEY);
        // numbered reasons share one key; every role has its own
        assertThat(whole.linesByReason().keySet()).containsExactly("clean:phrase:related", "clean:repeated:N");
        assertThat(whole.linesByRole().keySet()).containsExactly("navigation", "related-link");
    }

    @Test
    void longTextsAreCutSoThatTheSampleStaysSmall() throws IOException {
        var s = new RunSample();
        String huge = "word ".repeat(100_000);
        for (int i = 0; i < 100; i++) {
            s.offerDropped(Document.ofText("d" + i, Source.atOffset("f", 0, i, 0), huge), "c4-quality", "c4:reason" + (i % 10 == 0 ? "" : i));
        }
        assertThat(json(s).length()).isLessThan(100 * RunSample.DROPPED_DOC_CHARS + 200_000);
        assertThat(s.droppedDocuments().get("c4-quality:c4:reason").get(0).text()).endsWith("…").hasSizeLessThanOrEqualTo(RunSample.DROPPED_DOC_CHARS + 1);
    }

    @Test
    void theSameExamplesAreChosenWhateverTheOrderOfOffers() throws IOException {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 500; i++) docs.add(doc(i));
        var a = new RunSample();
        docs.forEach(a::offerKept);
        var b = new RunSample();
        for (int i = docs.size() - 1; i >= 0; i--) b.offerKept(docs.get(i));
        assertThat(json(a)).isEqualTo(json(b));
    }
}
