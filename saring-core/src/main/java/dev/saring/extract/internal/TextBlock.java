package dev.saring.extract.internal;

/**
 * A run of text between block boundaries, with what the walk measured of it: length, link text, words,
 * sentence punctuation, and the context it appeared in.
 *
 * @param text        whitespace-normalised text (line breaks kept where the page had {@code <br>} or {@code <pre>})
 * @param owner       ordinal of the innermost block-level element holding it
 * @param context     {@link Context} bits of the elements around it
 * @param headingLevel 1–6 inside {@code h1}..{@code h6}, else 0
 * @param chars       characters, without spaces
 * @param linkChars   characters inside links
 * @param words       words (runs of letters or digits; two ideographs count as one word)
 * @param sentenceEnds sentence-ending punctuation marks
 * @param commas      commas and similar separators
 * @param cells       table cells joined on the line (a data table's row), 0 for text outside such a row
 */
public record TextBlock(String text, int owner, int context, int headingLevel, int chars, int linkChars,
                        int words, int sentenceEnds, int commas, int cells) {

    /** Share of the characters that are link text. */
    public double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Whether the text ends like a sentence (., !, ?, …, or a closing quote after one). */
    public boolean endsLikeSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\'', '\u201d', '\u2019', ')', '\u00bb', ']' -> {
                    continue;
                }
                case '.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', ':' -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    public boolean has(int contextBits) {
        return (context & contextBits) != 0;
    }
}
