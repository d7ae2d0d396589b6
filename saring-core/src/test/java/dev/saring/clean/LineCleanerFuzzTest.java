package dev.saring.clean;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz target for the line cleaner on any text: it keeps the document (the cleaner drops lines, never
 * documents), gives the same result twice, never makes the text longer, and gives every dropped line a
 * reason. Seeds in
 * {@code LineCleanerFuzzTestInputs/clean/}; {@code bench/fuzz.sh} fuzzes it.
 */
class LineCleanerFuzzTest {

    private static final LineCleaner CLEANER = LineCleaner.defaults();

    @FuzzTest
    void clean(FuzzedDataProvider data) {
        String url = data.consumeBoolean() ? "https://news.example.id/" + data.consumeAsciiString(30) : null;
        String text = data.consumeRemainingAsString();
        Document doc = Document.ofText("fuzz", Source.atLine("fuzz.jsonl", 0, 0, 0, 1), text);
        if (url != null) doc = doc.withUrl(url);
        Outcome first = CLEANER.apply(doc);
        Outcome again = CLEANER.apply(doc);
        assertThat(first).isInstanceOf(Outcome.Kept.class);
        Document out = first.document();
        assertThat(out.text()).isEqualTo(again.document().text());
        assertThat(out.text().length()).isLessThanOrEqualTo(text.length());
        for (Block b : out.blocks()) {
            if (!b.isKept()) assertThat(b.decision().reason()).isNotBlank();
        }
    }
}
