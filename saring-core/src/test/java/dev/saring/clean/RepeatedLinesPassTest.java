package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Role;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pass;
import dev.saring.pipeline.PassContext;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepeatedLinesPassTest {

    private static final long ENOUGH_MEMORY = 64L << 20;
    private static final String SYNDICATED = "The central bank raised its main interest rate by a quarter point on Thursday, "
            + "the third increase this year, citing stubborn inflation in services.";

    private static Document page(String url, int index, String... lines) {
        return Document.ofText("d" + index, Source.atOffset("crawl.warc", 0, index, 0), String.join("\n", lines)).withUrl(url);
    }

    /** Pages of one host: the same menu and footer around a different article each. */
    private static List<Document> site(String host, int pages, int firstIndex) {
        var out = new ArrayList<Document>();
        for (int i = 0; i < pages; i++) {
            out.add(page("https://www." + host + "/news/" + i, firstIndex + i,
                    "Home", "News", "Sport", "Terpopuler",
                    "Article " + i + " says something about topic " + i + " that no other page says at all.",
                    "© 2019 " + host + ". All rights reserved.",
                    "Updated " + (10 + i) + " March 2020"));
        }
        return out;
    }

    private static Step decide(Pass pass, List<Document> docs, Path work, long memory) throws Exception {
        try (Pass.Observation obs = pass.start(new PassContext(work, memory, 2))) {
            docs.forEach(obs::observe);
            return obs.decider();
        }
    }

    @Test
    void linesOnSeveralPagesOfAHostAreNavigationAndTheArticleStays(@TempDir Path work) throws Exception {
        var docs = site("example.id", 4, 0);
        Step d = decide(RepeatedLinesPass.defaults(), docs, work, ENOUGH_MEMORY);
        Document out = d.apply(docs.get(2)).document();
        assertThat(out.text()).isEqualTo("Article 2 says something about topic 2 that no other page says at all.");
        assertThat(out.blocks().get(0).role()).isEqualTo(Role.NAVIGATION);
        assertThat(out.blocks().get(0).decision().reason()).isEqualTo("repeated:4");
        // digits do not matter: "Updated 12 March 2020" is the same line as "Updated 10 March 2020"
        assertThat(out.blocks().get(6).isKept()).isFalse();
    }

    @Test
    void countsArePerHostNotGlobal(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 5; i++) docs.add(page("https://site" + i + ".example/a", i, "Home", "A story from site " + i + " only."));
        Step d = decide(RepeatedLinesPass.defaults(), docs, work, ENOUGH_MEMORY);
        assertThat(d.apply(docs.get(0)).document().text()).startsWith("Home");
    }

    @Test
    void aSyndicatedParagraphOnAFewPagesOfAHostStays(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 4; i++) docs.add(page("https://news.example/p" + i, i, "Home", SYNDICATED, "Story " + i + " goes on here."));
        Step d = decide(RepeatedLinesPass.defaults(), docs, work, ENOUGH_MEMORY);
        Document out = d.apply(docs.get(1)).document();
        assertThat(out.text()).contains(SYNDICATED).doesNotContain("Home");
    }

    @Test
    void aSentenceOnMostPagesOfAHostGoesAllTheSame(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 12; i++) docs.add(page("https://news.example/p" + i, i, SYNDICATED, "Story " + (char) ('a' + i) + " goes on here."));
        Step d = decide(RepeatedLinesPass.defaults(), docs, work, ENOUGH_MEMORY);
        assertThat(d.apply(docs.get(1)).document().text()).isEqualTo("Story b goes on here.");
    }

    @Test
    void documentsWithoutAUrlAreGroupedByTheirFile(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>();
        for (int i = 0; i < 3; i++) {
            docs.add(Document.ofText("a" + i, Source.atOffset("a.jsonl", 0, i, 0), "Menu\nText " + i + " of file a."));
            docs.add(Document.ofText("b" + i, Source.atOffset("b.jsonl", 1, i, 0), "Other\nText " + i + " of file b."));
        }
        Step d = decide(RepeatedLinesPass.defaults(), docs, work, ENOUGH_MEMORY);
        assertThat(d.apply(docs.get(0)).document().text()).isEqualTo("Text 0 of file a.");
        assertThat(d.apply(docs.get(1)).document().text()).isEqualTo("Text 0 of file b.");
    }

    @Test
    void decisionsDoNotDependOnTheOrderOfObservation(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>(site("a.example", 5, 0));
        docs.addAll(site("b.example", 3, 10));
        Step inOrder = decide(RepeatedLinesPass.defaults(), docs, work.resolve("1"), ENOUGH_MEMORY);
        var shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(42));
        Step outOfOrder = decide(RepeatedLinesPass.defaults(), shuffled, work.resolve("2"), ENOUGH_MEMORY);
        for (Document doc : docs) {
            assertThat(outOfOrder.apply(doc).document()).isEqualTo(inOrder.apply(doc).document());
        }
    }

    @Test
    void countsSpilledToDiskGiveTheSameDecisionsAsCountsInMemory(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>();
        for (int h = 0; h < 200; h++) docs.addAll(site("host" + h + ".example", 4, h * 10));
        Path spillDir = work.resolve("spill");
        var pass = RepeatedLinesPass.defaults();
        Step inMemory = decide(pass, docs, work.resolve("mem"), ENOUGH_MEMORY);
        Step spilled;
        try (Pass.Observation obs = pass.start(new PassContext(spillDir, 1, 2))) {
            docs.forEach(obs::observe);
            try (Stream<Path> files = Files.list(spillDir)) {
                assertThat(files.count()).as("run files on disk").isGreaterThan(1);
            }
            spilled = obs.decider();
        }
        try (Stream<Path> files = Files.list(spillDir)) {
            assertThat(files.count()).as("run files deleted on close").isZero();
        }
        for (Document doc : docs) {
            assertThat(spilled.apply(doc).document()).isEqualTo(inMemory.apply(doc).document());
        }
    }

    @Test
    void thresholdsComeFromParams() {
        var p = RepeatedLinesPass.fromParams(Params.of("repeated-lines", Map.of("min_pages", "5", "min_share", "0.2")));
        assertThat(p).isEqualTo(new RepeatedLinesPass(5, 0.2, 10, 0.5));
        assertThat(p.toString()).contains("minPages=5", "minShare=0.2");
        assertThatThrownBy(() -> new RepeatedLinesPass(1, 0, 10, 0.5)).hasMessageContaining("minPages");
    }

    @Test
    void aMinimumShareOfTheHostsPagesIsRequiredToo(@TempDir Path work) throws Exception {
        var docs = new ArrayList<Document>(site("big.example", 20, 0));
        for (int i = 0; i < 3; i++) docs.set(i, page("https://big.example/x" + i, 100 + i, "Rare box line", "Unique text " + i + " here."));
        Step loose = decide(RepeatedLinesPass.defaults(), docs, work.resolve("a"), ENOUGH_MEMORY);
        Step strict = decide(new RepeatedLinesPass(3, 0.5, 10, 0.5), docs, work.resolve("b"), ENOUGH_MEMORY);
        assertThat(loose.apply(docs.get(0)).document().text()).doesNotContain("Rare box line");
        assertThat(strict.apply(docs.get(0)).document().text()).contains("Rare box line");
    }
}
