package dev.saring.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds which lines of a page dump are the article. Every line gets a score from its shape (running text
 * for, short labels, dates and furniture phrases against, see {@link RegionWeights}); the run of lines with
 * the highest total is the article, and other runs join it when they score nearly as well (an article that a
 * table or a gallery splits), or when only a few lines or only data (a table, a product box) lie between them.
 * Around the runs: the short first or last sentence of a run, and the list that a run's last line introduces
 * ("Tour dates:"), are taken too.
 *
 * <p>A paragraph standing alone among furniture (the summary of a teaser card between a headline, a byline
 * and a date) scores less than the same paragraph among other paragraphs: this is what separates lists of
 * teasers from the article they follow.
 */
final class ArticleRegion {

    /** Words a line of data needs to say something ("1 tackle, 1 sack", "Up to 10 hours of battery life"). */
    private static final int MIN_STATEMENT_WORDS = 4;

    private final RegionWeights w;

    ArticleRegion(RegionWeights weights) {
        this.w = weights;
    }

    /** A run of lines [start, end] and its total score. */
    private record Run(int start, int end, double sum) {
    }

    /** Whether the text is already extracted (few of its lines look like page furniture), or too short to tell. */
    boolean isExtractedText(LineShape[] shapes) {
        int lines = 0;
        for (LineShape s : shapes) {
            if (!s.blank) lines++;
        }
        return lines < w.minPageLines() || furnitureShare(shapes) < w.textModeShare();
    }

    /** Share of non-blank lines that look like page furniture. */
    static double furnitureShare(LineShape[] shapes) {
        int lines = 0;
        int furniture = 0;
        for (LineShape s : shapes) {
            if (s.blank) continue;
            lines++;
            if (s.isPageFurniture()) furniture++;
        }
        return lines == 0 ? 0 : (double) furniture / lines;
    }

    /** How much one line says "article" (positive) or "furniture" (negative), by its shape alone. */
    double score(LineShape s) {
        if (s.blank) return 0;
        if (s.punctuationOnly) return w.separator();
        if (s.isKind(PhraseKind.COMMENTS) || s.isCommentHeader()) return w.comments();
        if (s.isKind(PhraseKind.MARKER) || s.isRelatedLine()) return w.inlineFurniture();
        if (s.isFurniture() || s.isLegal()) return w.furniturePhrase();
        if (s.isProse()) return (Math.min(s.words, w.maxScoredWords()) - w.proseOffset()) / w.wordsPerPoint();
        if (s.isDateLike()) return w.dateLine();
        if (s.words <= 2) return w.oneOrTwoWords();
        if (s.words <= 3) return w.threeWords();
        if (s.innerPunctuation > 0 || s.digitFirst > 0) return w.listItem();
        if (s.lowerShare() >= LineShape.MIN_SENTENCE_LOWER_SHARE) return w.phrase();
        return w.shortLine();
    }

    /** Line scores with context: a short paragraph alone between furniture lines counts for less. */
    double[] scores(LineShape[] shapes) {
        int n = shapes.length;
        double[] sc = new double[n];
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            sc[i] = score(shapes[i]);
            prose[i] = sc[i] > 0 && shapes[i].isProse();
        }
        double[] out = sc.clone();
        for (int i = 0; i < n; i++) {
            // a heading or a short line between two paragraphs is part of the text around it
            if (!prose[i] && sc[i] < 0 && !shapes[i].isBoundary() && !shapes[i].isDateLike()
                    && proseAt(shapes, prose, i, -1) && proseAt(shapes, prose, i, 1)) {
                out[i] = sc[i] * w.betweenParagraphsFactor();
            }
        }
        for (int i = 0; i < n; i++) {
            if (!prose[i] || shapes[i].words > w.isolatedMaxWords()) continue;
            if (furnitureAround(shapes, sc, prose, i, -1) >= w.isolatedNeighbours()
                    && furnitureAround(shapes, sc, prose, i, 1) >= w.isolatedNeighbours()) {
                out[i] = sc[i] * w.isolatedFactor();
            }
        }
        return out;
    }

    /** Whether the next non-blank line in direction {@code dir} is running text. */
    private static boolean proseAt(LineShape[] shapes, boolean[] prose, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < shapes.length; j += dir) {
            if (!shapes[j].blank) return prose[j];
        }
        return false;
    }

    /** Furniture-scored lines among the next {@code isolatedWindow} non-blank lines in direction {@code dir}, up to the next paragraph. */
    private int furnitureAround(LineShape[] shapes, double[] sc, boolean[] prose, int i, int dir) {
        int found = 0;
        int seen = 0;
        for (int j = i + dir; j >= 0 && j < shapes.length && !prose[j] && seen < w.isolatedWindow(); j += dir) {
            if (shapes[j].blank) continue;
            seen++;
            if (sc[j] <= w.shortLine()) found++;
        }
        return found;
    }

    /** Which lines are the article; all false when no run of lines scores above zero. */
    boolean[] select(LineShape[] shapes) {
        int n = shapes.length;
        double[] sc = scores(shapes);
        boolean[] in = new boolean[n];
        // the comments that follow an article are not part of it, however well they are written: the page
        // ends, for this purpose, at the first comments label or comment header after a run of text that
        // scores at least half as well as the best run of the whole page
        Run overall = bestRun(sc, 0, n);
        if (overall == null) return in;
        double enough = Math.max(w.secondRunMin(), w.commentsCutRatio() * overall.sum());
        int end = n;
        double run = 0;
        double bestBefore = 0;
        for (int c = 0; c < n; c++) {
            if ((shapes[c].isKind(PhraseKind.COMMENTS) || shapes[c].isCommentHeader()) && bestBefore >= enough) {
                end = c;
                break;
            }
            run = Math.max(0, run) + sc[c];
            bestBefore = Math.max(bestBefore, run);
        }
        Run main = bestRun(sc, 0, end);
        if (main == null) return in;
        mark(in, main);
        double minSecond = Math.max(w.secondRunMin(), w.secondRunRatio() * main.sum());
        var todo = new ArrayDeque<int[]>();
        todo.add(new int[] {0, main.start()});
        todo.add(new int[] {main.end() + 1, end});
        // runs too weak to join on their own (a paragraph after a long table) join through data only
        var weak = new ArrayList<Run>();
        while (!todo.isEmpty()) {
            int[] range = todo.poll();
            Run r = bestRun(sc, range[0], range[1]);
            if (r == null || r.sum() < w.secondRunMin()) continue;
            if (r.sum() >= minSecond) mark(in, r);
            else weak.add(r);
            todo.add(new int[] {range[0], r.start()});
            todo.add(new int[] {r.end() + 1, range[1]});
        }
        joinGaps(shapes, in, this::isCloseGap);
        joinThroughData(shapes, in, weak);
        // runs separated by data: the cells of a table, the specifications of a product, a calendar
        joinGaps(shapes, in, this::isData);
        takeIntroducedLists(shapes, in);
        takeNeighbourSentences(shapes, in);
        return in;
    }

    private static void mark(boolean[] in, Run r) {
        for (int i = r.start(); i <= r.end(); i++) in[i] = true;
    }

    /** The run of lines in [from, to) with the highest total score, or null when no total is positive. */
    private static Run bestRun(double[] sc, int from, int to) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (sum < 0) {
                sum = 0;
                start = i;
            }
            sum += sc[i];
            // on a tie the longer run wins: a heading between two paragraphs stays with them
            if (sum > 0 && (sum > best || sum == best && sc[i] != 0)) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new Run(bestStart, bestEnd, best);
    }

    /** A test of the lines [from, to) between two runs of the article. */
    @FunctionalInterface
    private interface GapTest {
        boolean joins(LineShape[] shapes, int from, int to);
    }

    /** Marks as article every gap between two runs of it that {@code test} accepts. */
    private static void joinGaps(LineShape[] shapes, boolean[] in, GapTest test) {
        int n = shapes.length;
        int i = 0;
        while (i < n && !in[i]) i++;
        while (i < n) {
            if (in[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !in[j]) j++;
            if (j < n && test.joins(shapes, i, j)) {
                for (int k = i; k < j; k++) in[k] = true;
            }
            i = j;
        }
    }

    /** A few lines that are no boundary: a caption, a pull quote. */
    private boolean isCloseGap(LineShape[] shapes, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (shapes[k].isBoundary()) return false;
            if (!shapes[k].blank) lines++;
        }
        return lines <= w.maxGapLines();
    }

    /**
     * Joins each weak run to the article when only data lies between them (the paragraphs after a long
     * table); a run so joined may in turn lead to the next.
     */
    private void joinThroughData(LineShape[] shapes, boolean[] in, List<Run> weak) {
        int n = shapes.length;
        boolean joined = true;
        while (joined) {
            joined = false;
            for (Run r : weak) {
                if (in[r.start()]) continue;
                int before = r.start() - 1;
                while (before >= 0 && !in[before]) before--;
                int after = r.end() + 1;
                while (after < n && !in[after]) after++;
                int from;
                int to;
                if (before >= 0 && isData(shapes, before + 1, r.start())) {
                    from = before + 1;
                    to = r.end() + 1;
                } else if (after < n && isData(shapes, r.end() + 1, after)) {
                    from = r.start();
                    to = after;
                } else {
                    continue;
                }
                for (int k = from; k < to; k++) in[k] = true;
                joined = true;
            }
        }
    }

    /**
     * Whether lines [from, to) are data: numbers on many of them, some lines that say something (a chart's
     * axis labels do not), no furniture phrase and few headlines. A gap of teasers, menus, share buttons or
     * a masthead of names fails one of these.
     */
    private boolean isData(LineShape[] shapes, int from, int to) {
        int lines = 0;
        int headlines = 0;
        int numbers = 0;
        int statements = 0;
        for (int k = from; k < to; k++) {
            LineShape s = shapes[k];
            if (s.blank) continue;
            lines++;
            if (s.isHeadline()) headlines++;
            if (s.digits > 0) numbers++;
            if (s.words >= MIN_STATEMENT_WORDS) statements++;
            // a section label may head the data ("Don't Miss:" over a product): its lines still decide
            boolean label = lines == 1 && s.isListLabel();
            if (!label && (s.isBoundary() || s.isFurniture() || s.prefixKind >= 0 || s.isLegal())) return false;
        }
        return lines > 0 && headlines <= w.maxDataGapHeadlineShare() * lines && numbers >= w.minDataGapNumberShare() * lines
                && statements >= w.minDataGapStatementShare() * lines;
    }

    /**
     * Takes into each run the sentences right next to it that scored too little on their own (a short first
     * or last sentence), and a last sentence that follows one inline promotion or marker.
     */
    private void takeNeighbourSentences(LineShape[] shapes, boolean[] in) {
        int n = shapes.length;
        for (int i = 0; i < n; i++) {
            if (!in[i] || (i > 0 && in[i - 1])) continue;
            int j = i - 1;
            while (j >= 0 && !in[j] && (shapes[j].blank || shapes[j].isSentence())) {
                if (!shapes[j].blank) {
                    for (int k = j; k < i; k++) in[k] = true;
                }
                j--;
            }
            // a standfirst above the byline and date lines: one paragraph, a few lines before the run
            int gap = 0;
            for (int k = j; k >= 0 && !in[k] && gap <= w.maxHeaderLines(); k--) {
                LineShape s = shapes[k];
                if (s.blank) continue;
                if (s.isBoundary()) break;
                if (gap > 0 && s.isProse() && s.terminal && s.words >= w.minStandfirstWords()) {
                    in[k] = true;
                    break;
                }
                gap++;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (!in[i] || (i + 1 < n && in[i + 1])) continue;
            int furniture = 0;
            int last = i;
            for (int j = i + 1; j < n && !in[j]; j++) {
                LineShape s = shapes[j];
                if (s.blank) continue;
                if (s.isSentence() || s.embedSignature) {   // an embedded tweet's signature ends its quote
                    for (int k = last + 1; k <= j; k++) in[k] = true;
                    last = j;
                    furniture = 0;
                    continue;
                }
                if (++furniture > 1 || !s.isInlineFurniture()) break;
            }
        }
    }

    /** A run whose last line introduces a list goes on through the list: its items and sub-headings. */
    private static void takeIntroducedLists(LineShape[] shapes, boolean[] in) {
        int n = shapes.length;
        for (int i = 0; i < n; i++) {
            if (!in[i] || (i + 1 < n && in[i + 1])) continue;
            int intro = i;
            if (!shapes[i].isListIntroducer()) {
                int j = i + 1;
                while (j < n && shapes[j].blank) j++;
                if (j >= n || !shapes[j].isListIntroducer()) continue;
                intro = j;
            }
            int end = intro;
            for (int j = intro + 1; j < n && !in[j]; j++) {
                LineShape s = shapes[j];
                if (s.blank) continue;
                if (s.isBoundary() || !s.isListLine()) break;
                end = j;
            }
            if (end == intro) continue;
            for (int k = i + 1; k <= end; k++) in[k] = true;
            i = end;
        }
    }
}
