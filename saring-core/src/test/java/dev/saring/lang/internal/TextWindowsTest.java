package dev.saring.lang.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextWindowsTest {

    @Test
    void shortTextIsCutIntoConsecutiveWindowsAtSpaces() {
        assertThat(TextWindows.spread("satu dua tiga empat", 4, 9)).containsExactly("satu dua", "tiga", "empat");
    }

    @Test
    void blankTextHasNoWindows() {
        assertThat(TextWindows.spread(" \n ", 3, 10)).isEmpty();
    }

    @Test
    void longTextGivesAtMostCountWindowsSpreadFromHeadToTail() {
        String text = "head " + "kata ".repeat(2000) + "tail";
        var windows = TextWindows.spread(text, 5, 50);
        assertThat(windows).hasSize(5).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(50));
        assertThat(windows.get(0)).startsWith("head");
        assertThat(windows.get(4)).endsWith("tail");
        assertThat(windows).allSatisfy(w -> assertThat(w).doesNotStartWith("ata").doesNotEndWith(" kat"));
    }

    @Test
    void aWordLongerThanAWindowIsCutInside() {
        assertThat(TextWindows.spread("x".repeat(25), 3, 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }
}
