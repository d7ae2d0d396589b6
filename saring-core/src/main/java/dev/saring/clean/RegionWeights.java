package dev.saring.clean;

/**
 * How much each kind of line counts for (positive) or against (negative) being part of the article, and
 * the thresholds of {@link ArticleRegion}. One record so that the weights are named, documented and
 * changed together; {@link #defaults()} are the values measured on labelled pages.
 *
 * @param proseOffset       words a line of running text needs before it counts for the article
 * @param wordsPerPoint     words of running text per point of score
 * @param maxScoredWords    longer lines count as this many words
 * @param separator         a line of bare punctuation ({@code -}, {@code |})
 * @param furniturePhrase   a line that is a share button, a menu item, a section label, a legal line
 * @param comments          a line that opens the comments
 * @param inlineFurniture   a related link, promotion or marker line: furniture, but found inside articles
 * @param dateLine          a date or timestamp line
 * @param oneOrTwoWords     a label of one or two words
 * @param threeWords        a label of three words
 * @param listItem          a short line with numbers or inner punctuation: an item of a list, a table row
 * @param phrase            a short run of mostly lowercase words
 * @param shortLine         any other short line (a headline, a capitalised label)
 * @param isolatedFactor    factor on the score of a short paragraph standing alone among furniture
 * @param isolatedMaxWords  paragraphs longer than this are never treated as standing alone
 * @param isolatedWindow    lines looked at on each side to decide whether a paragraph stands alone
 * @param isolatedNeighbours furniture lines needed on each side for a paragraph to stand alone
 * @param secondRunMin      absolute score a second run of lines needs to join the article
 * @param secondRunRatio    share of the best run's score a second run needs to join the article
 * @param textModeShare     below this share of furniture-like lines, a text counts as already extracted
 * @param maxGapLines       runs of the article this close (and no boundary between) are joined
 * @param betweenParagraphsFactor factor on the (negative) score of a short line between two paragraphs
 * @param minPageLines      texts with fewer non-blank lines are too short to tell an article run from the rest
 * @param maxHeaderLines    byline and date lines that may stand between a standfirst and the article run
 * @param minStandfirstWords words a standfirst paragraph above the byline needs
 * @param commentsCutRatio  a comments label ends the page when the text before it scores this share of the best run
 * @param maxDataGapHeadlineShare runs of the article separated by lines without furniture are joined when at most this share of them are headlines
 * @param minDataGapNumberShare   ... and at least this share of them hold a number (the gap is data: a table, specifications)
 * @param minDataGapStatementShare ... and at least this share of them have four words or more (a chart's axis labels do not)
 */
record RegionWeights(double proseOffset, double wordsPerPoint, int maxScoredWords, double separator,
                     double furniturePhrase, double comments, double inlineFurniture, double dateLine,
                     double oneOrTwoWords, double threeWords, double listItem, double phrase, double shortLine,
                     double isolatedFactor, int isolatedMaxWords, int isolatedWindow, int isolatedNeighbours,
                     double secondRunMin, double secondRunRatio, double textModeShare, int maxGapLines,
                     double betweenParagraphsFactor, int minPageLines, int maxHeaderLines, int minStandfirstWords,
                     double commentsCutRatio, double maxDataGapHeadlineShare,
                     double minDataGapNumberShare, double minDataGapStatementShare) {

    static RegionWeights defaults() {
        return new RegionWeights(10, 6, 80, -0.5,
                -3, -8, -1, -2.5,
                -1.5, -1, 0.3, -0.3, -1,
                0.5, 50, 3, 2,
                8, 0.3, 0.2, 3,
                1, 10, 4, 12,
                0.5, 0.3, 0.25, 0.05);
    }
}
