package dev.saring.clean;

import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** C4's line rules and RefinedWeb's line corrections, one rule per test. */
class ReferenceCleanersTest {

    private static List<Block> blocks(Step step, String... lines) {
        return step.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0), String.join("\n", lines))).document().blocks();
    }

    private static String reason(Step step, String line) {
        Block b = blocks(step, line).get(0);
        return b.isKept() ? "keep" : b.decision().reason();
    }

    @Test
    void c4KeepsOnlyLinesThatEndInTerminalPunctuation() {
        var c4 = C4LineFilter.defaults();
        assertThat(reason(c4, "The bridge will close for two years.")).isEqualTo("keep");
        assertThat(reason(c4, "Will the bridge close?")).isEqualTo("keep");
        assertThat(reason(c4, "The bridge will close for two years")).isEqualTo("no-terminal-punct");
        assertThat(reason(c4, "And then the bridge closed...")).isEqualTo("no-terminal-punct");
    }

    @Test
    void c4NeedsThreeWordsAndDropsJavascriptPolicyLoremAndBracketLines() {
        var c4 = C4LineFilter.defaults();
        assertThat(reason(c4, "Bridge closed.")).isEqualTo("too-few-words");
        assertThat(reason(c4, "Please enable JavaScript to view the comments.")).isEqualTo("javascript");
        assertThat(reason(c4, "By using this site you agree to our privacy policy.")).isEqualTo("policy");
        assertThat(reason(c4, "This website uses cookies to improve your experience.")).isEqualTo("policy");
        assertThat(reason(c4, "Lorem ipsum dolor sit amet, consectetur.")).isEqualTo("lorem-ipsum");
        assertThat(reason(c4, "var x = { a: 1 } is a line of code.")).isEqualTo("curly-bracket");
        assertThat(reason(c4, "A word of " + "x".repeat(1001) + " letters.")).isEqualTo("too-long-word");
    }

    @Test
    void c4CutsWikipediaCitationMarks() {
        var b = blocks(C4LineFilter.defaults(), "The bridge opened in 1932.[3] It was repaired in 1990.[citation needed]");
        assertThat(b.get(0).text()).isEqualTo("The bridge opened in 1932. It was repaired in 1990.");
    }

    @Test
    void refinedWebDropsCapitalisedNumericCounterAndOneWordLines() {
        var rw = RefinedWebLineFilter.defaults();
        assertThat(reason(rw, "BREAKING NEWS FROM THE CITY")).isEqualTo("uppercase");
        assertThat(reason(rw, "2019")).isEqualTo("numeric");
        assertThat(reason(rw, "42 likes")).isEqualTo("counter");
        assertThat(reason(rw, "3,000 shares!")).isEqualTo("counter");
        assertThat(reason(rw, "Home")).isEqualTo("too-few-words");
        assertThat(reason(rw, "The bridge will close for two years")).isEqualTo("keep");
    }

    @Test
    void refinedWebCutsSignInAndReadMorePiecesOfShortLines() {
        var rw = RefinedWebLineFilter.defaults();
        assertThat(blocks(rw, "Sign in to see your saved stories").get(0).text()).isEqualTo(" to see your saved stories");
        assertThat(blocks(rw, "The bridge will close Read more").get(0).text()).isEqualTo("The bridge will close ");
        assertThat(reason(rw, "Read more")).isEqualTo("piece");
        assertThat(blocks(rw, "", "The bridge closes tomorrow morning").get(0).isKept()).as("blank lines stay").isTrue();
    }

    @Test
    void bothMakeOneBlockPerLineWithTheirNameAsTheDroppingStep() {
        for (Step s : List.of(C4LineFilter.defaults(), RefinedWebLineFilter.defaults())) {
            var b = blocks(s, "A sentence that is long enough to stay here.", "Home");
            assertThat(b).hasSize(2);
            assertThat(b.get(1).decision().step()).isEqualTo(s.name());
        }
        assertThat(C4LineFilter.defaults().name()).isEqualTo("c4-lines");
        assertThat(RefinedWebLineFilter.defaults().name()).isEqualTo("refinedweb-lines");
    }

    @Test
    void settingsComeFromParamsAndShowInToString() {
        var c4 = C4LineFilter.fromParams(Params.of("c4-lines", Map.of("min_words", "5")));
        assertThat(c4.toString()).contains("minWords=5");
        var rw = RefinedWebLineFilter.fromParams(Params.of("refinedweb-lines", Map.of("max_uppercase_ratio", "0.7")));
        assertThat(rw.toString()).contains("maxUppercaseRatio=0.7");
        assertThatThrownBy(() -> RefinedWebLineFilter.fromParams(Params.of("refinedweb-lines", Map.of("max_uppercase_ratio", "2"))))
                .hasMessageContaining("max_uppercase_ratio");
    }

    @Test
    void cleanersAreFoundByTheirShortAndStepNames() {
        assertThat(LineCleaners.named("c4")).isInstanceOf(C4LineFilter.class);
        assertThat(LineCleaners.named("refinedweb-lines")).isInstanceOf(RefinedWebLineFilter.class);
        assertThat(LineCleaners.named("Saring")).isInstanceOf(LineCleaner.class);
        assertThatThrownBy(() -> LineCleaners.named("gopher")).hasMessageContaining("saring, c4, refinedweb");
    }
}
