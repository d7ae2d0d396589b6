package dev.saring.filter;

import dev.saring.model.Block;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.saring.filter.Docs.doc;
import static dev.saring.filter.Docs.verdict;
import static org.assertj.core.api.Assertions.assertThat;

class C4QualityFilterTest {

    private final C4QualityFilter c4 = C4QualityFilter.defaults();

    @Test
    void fiveSentencesAreEnough() {
        assertThat(verdict(c4, doc(Docs.ENGLISH))).isEqualTo("kept");
    }

    @Test
    void fewerSentencesAreDropped() {
        String text = Docs.ENGLISH.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertThat(verdict(c4, doc(text))).isEqualTo("c4:min_sentences");
    }

    @Test
    void sentencesOnLinesC4WouldDropDoNotCount() {
        String text = Docs.ENGLISH.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElseThrow()
                + "\nPlease enable JavaScript to see the comments below.\nMenu Home Contact";
        assertThat(verdict(c4, doc(text))).isEqualTo("c4:min_sentences");
    }

    @Test
    void aSentenceEndingInsideTypographicQuotesEndsItsLine() {
        String quoted = String.join("\n",
                "The mayor said the bridge would reopen in the spring, \u201cif the weather holds.\u201d",
                "Engineers called the repairs \u201cthe largest in forty years.\u201d",
                "One resident wrote that the closure had \u00abchanged every morning of the week.\u00bb",
                "The council answered that the detour was \u201esafe for cyclists and walkers alike.\u201c",
                "A shop owner near the river said, \u2018We will be here when it opens again.\u2019");
        assertThat(verdict(c4, doc(quoted))).isEqualTo("kept");
        // The same lines cut before their last mark end in no punctuation: C4 does not count them.
        String cut = quoted.lines().map(l -> l.substring(0, l.length() - 2)).reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertThat(verdict(c4, doc(cut))).isEqualTo("c4:min_sentences");
    }

    @Test
    void loremIpsumDropsTheDocument() {
        assertThat(verdict(c4, doc(Docs.ENGLISH + "\nLorem ipsum dolor sit amet, consectetur adipiscing elit."))).isEqualTo("c4:lorem_ipsum");
    }

    @Test
    void curlyBracketDropsTheDocument() {
        assertThat(verdict(c4, doc(Docs.ENGLISH + "\nThe style is set with body { color: red; } in the page."))).isEqualTo("c4:curly_bracket");
    }

    @Test
    void aBracketInsideAKeptCodeBlockOfTheExtractorDoesNotDropThePage() {
        // As English runs C4 (without the terminal-punctuation rule, so that a line of code is looked at at all).
        var c4 = C4QualityFilter.fromParams(Params.of("c4-quality", Map.of("filter_no_terminal_punct", false)));
        String code = "int main() { return 0; }";
        var blocks = new ArrayList<Block>();
        Docs.ENGLISH.lines().forEach(l -> blocks.add(Block.kept(Role.BODY, l)));
        blocks.add(Block.kept(Role.CODE, "// Compile it and run it.\n" + code));
        assertThat(verdict(c4, doc("").withBlocks(blocks))).isEqualTo("kept");
        // The same line as prose, or in a code block the cleaner dropped, is C4's bracket.
        blocks.set(blocks.size() - 1, Block.kept(Role.BODY, code));
        assertThat(verdict(c4, doc("").withBlocks(blocks))).isEqualTo("c4:curly_bracket");
        blocks.add(new Block(Role.CODE, code, dev.saring.model.Decision.drop("clean", "test")));
        assertThat(verdict(c4, doc("").withBlocks(List.copyOf(blocks)))).isEqualTo("c4:curly_bracket");
    }

    @Test
    void withoutTheTerminalPunctuationRuleAsFinewebRanItEveryLineCountsForSentencesAndBrackets() {
        var f = C4QualityFilter.fromParams(Params.of("c4-quality", Map.of("filter_no_terminal_punct", false)));
        String headlines = String.join("\n", "Rain returns to the coast this weekend",
                "Schools reopen after the long holiday", "Bridge repairs finish two months early",
                "New bus line links the old town and the port", "Farmers expect a good harvest this year");
        assertThat(verdict(c4, doc(headlines))).isEqualTo("c4:min_sentences");
        assertThat(verdict(f, doc(headlines))).isEqualTo("kept");
        assertThat(verdict(f, doc(Docs.ENGLISH + "\nvar x = { a: 1 }"))).isEqualTo("c4:curly_bracket");
    }

    @Test
    void onlyLinesC4WouldKeepAreSearchedAsInDatatrove() {
        // No terminal punctuation: C4 drops this line before looking for brackets.
        assertThat(verdict(c4, doc(Docs.ENGLISH + "\nvar x = { a: 1 }"))).isEqualTo("kept");
    }

    @Test
    void citationsAreRemovedBeforeTheLineEndIsChecked() {
        String text = Docs.ENGLISH.lines().limit(4).reduce((a, b) -> a + "\n" + b).orElseThrow()
                + "\nThe bridge was built in 1890.[12]";
        assertThat(verdict(c4, doc(text))).isEqualTo("kept");
    }

    @Test
    void minusOneTurnsTheSentenceRuleOff() {
        var f = C4QualityFilter.fromParams(Params.of("c4-quality", Map.of("min_num_sentences", -1)));
        assertThat(verdict(f, doc("One line only."))).isEqualTo("kept");
    }
}
