package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * saring's boilerplate remover for extracted text: gives every line (or every block of an extracted page) a
 * {@link Role} and a keep/drop decision with a reason, from evidence inside the page.
 *
 * <ul>
 *   <li><b>Where the article is.</b> Each line scores by its shape: sentence-shaped lines (running text
 *       with sentence punctuation) count for, short link-like lines and furniture phrases against. The run
 *       of lines with the best total is the article; what comes before it is {@code leading-furniture},
 *       what follows it {@code trailing-furniture}. Headings, list items and short lines inside the run
 *       stay.</li>
 *   <li><b>Furniture inside the article</b>, from the {@link PhraseTable} of the page's language (all
 *       languages when it is not known): related links ("Baca juga: …"), promotions, markers
 *       ("ADVERTISEMENT"), share buttons, section labels and the headline lists they open, legal lines.</li>
 *   <li><b>Inline furniture</b> in text that lost its line breaks is cut out and the sentences around it
 *       kept; see {@link InlineCutter} for how the end of an inline headline is found.</li>
 *   <li><b>Credits</b> ("Editor: …", "Penulis: …", "gtp/pkp (Reuters, AFP)") are cut from the text and
 *       listed in the document's meta under {@code credits}.</li>
 * </ul>
 *
 * <p>A document that already has blocks (from HTML extraction) is reviewed block by block: blocks dropped
 * earlier stay dropped, the others get the furniture and credits rules (the extractor has already chosen
 * the article). Documents are never dropped, even when no line is left. Immutable and safe to share
 * across threads.
 *
 * <pre>{@code
 * Step clean = LineCleaner.defaults();
 * Document d = clean.apply(doc).document();
 * d.text();                   // the article, one kept line per line
 * d.blocks().get(9);          // Block[role=RELATED_LINK, text=Baca Juga: …, decision=drop clean:phrase:related]
 * d.meta().get("credits");    // Optional[[gtp/pkp (Reuters, AFP)]]
 * }</pre>
 */
public final class LineCleaner implements Step {

    public static final String NAME = "clean";
    /** Meta key of the credits cut from the text: a list of strings. */
    public static final String CREDITS_META = "credits";

    private static final int MAX_SCORED_WORDS = 80;
    private static final double WORDS_PER_POINT = 8;
    private static final double SHORT_LINE_SCORE = -1;
    private static final double FURNITURE_SCORE = -3;
    private static final double COMMENTS_SCORE = -8;
    private static final double SEPARATOR_SCORE = -0.5;
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final int MIN_PROSE_WORDS = 12;
    private static final int MIN_SHORT_SENTENCE_WORDS = 4;
    private static final int MIN_FUNCTION_WORDS = 2;
    private static final double MIN_PROSE_LOWER_SHARE = 0.5;
    private static final double MIN_SENTENCE_LOWER_SHARE = 0.3;
    private static final int MIN_CJK_SENTENCE_CHARS = 12;
    private static final int MIN_CJK_PROSE_CHARS = 40;
    private static final int MAX_LEGAL_WORDS = 30;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final double MIN_HEADLINE_TITLE_CASE = 0.7;
    private static final int MAX_LABEL_WORDS = 5;

    /** Phrase kinds that make a whole line furniture. */
    private static final int FURNITURE_KINDS = PhraseKind.SECTION.bit() | PhraseKind.COMMENTS.bit() | PhraseKind.SHARE.bit()
            | PhraseKind.NAV.bit() | PhraseKind.MARKER.bit() | PhraseKind.LEGAL.bit() | PhraseKind.RELATED.bit()
            | PhraseKind.PROMO.bit() | PhraseKind.CREDITS.bit();

    private final PhraseTable phrases;
    private final boolean useDocumentLanguage;
    private final boolean articleRegion;
    private final boolean creditsToMeta;
    private final Map<String, PhraseTable> byLanguage;

    private LineCleaner(PhraseTable phrases, boolean useDocumentLanguage, boolean articleRegion, boolean creditsToMeta) {
        this.phrases = phrases;
        this.useDocumentLanguage = useDocumentLanguage;
        this.articleRegion = articleRegion;
        this.creditsToMeta = creditsToMeta;
        var m = new HashMap<String, PhraseTable>();
        if (useDocumentLanguage) {
            for (String lang : phrases.languages()) m.put(lang, phrases.forLanguages(new java.util.TreeSet<>(List.of(lang, "en"))));
        }
        this.byLanguage = Map.copyOf(m);
    }

    /** The built-in phrase table, the article region, credits to meta. */
    public static LineCleaner defaults() {
        return new LineCleaner(PhraseTable.builtIn(), true, true, true);
    }

    /**
     * Settings: {@code use_document_language} (phrases of the document's language and English only, when it
     * is known; default true), {@code article_region} (drop lines outside the article run; default true),
     * {@code credits_to_meta} (cut credits into meta; false leaves them in the text; default true).
     */
    public static LineCleaner fromParams(Params p) {
        var c = new LineCleaner(PhraseTable.builtIn(),
                p.bool("use_document_language", true),
                p.bool("article_region", true),
                p.bool("credits_to_meta", true));
        p.finish();
        return c;
    }

    public LineCleaner withPhrases(PhraseTable table) {
        return new LineCleaner(table, useDocumentLanguage, articleRegion, creditsToMeta);
    }

    public LineCleaner withArticleRegion(boolean on) {
        return new LineCleaner(phrases, useDocumentLanguage, on, creditsToMeta);
    }

    public LineCleaner withCreditsToMeta(boolean on) {
        return new LineCleaner(phrases, useDocumentLanguage, articleRegion, on);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        if (doc.isRaw() || (doc.text().isEmpty() && doc.blocks().isEmpty())) return Outcome.keep(doc);
        PhraseTable table = tableFor(doc);
        LinePage page = LinePage.of(doc);
        var tok = new Tokens();
        LineShape[] shapes = new LineShape[page.size];
        for (int i = 0; i < page.size; i++) shapes[i] = LineShape.of(page.text[i], tok, table);

        if (articleRegion && !page.blockMode) markOutsideArticle(page, shapes);
        markFurniture(page, shapes);
        List<String> credits = new ArrayList<>();
        cutInline(page, shapes, table, tok, credits);
        collapseBlankLines(page, shapes);
        Document out = page.finish();
        if (!credits.isEmpty()) out = out.withMeta(CREDITS_META, mergedCredits(doc, credits));
        return Outcome.keep(out);
    }

    private PhraseTable tableFor(Document doc) {
        if (!useDocumentLanguage) return phrases;
        return doc.lang().filter(LanguageGuess::isKnown).map(l -> byLanguage.getOrDefault(l.code(), phrases)).orElse(phrases);
    }

    static double T(String k, double d) { return Double.parseDouble(System.getProperty("t." + k, String.valueOf(d))); }

    static double[] debugScores(String text) {
        var lines = Lines.split(text);
        var tok = new Tokens();
        double[] out = new double[lines.size()];
        for (int i = 0; i < out.length; i++) out[i] = score(LineShape.of(lines.get(i), tok, PhraseTable.builtIn()));
        return out;
    }

    // ---- the article region ----

    /** How much a line says "article text" (positive) or "page furniture" (negative). */
    static double score(LineShape s) {
        if (s.blank) return 0;
        if (s.punctuationOnly) return SEPARATOR_SCORE;
        if (s.isKind(PhraseKind.COMMENTS) || s.isCommentHeader()) return COMMENTS_SCORE;
        if ((s.wholeKinds & FURNITURE_KINDS) != 0) return FURNITURE_SCORE;
        if (s.legal && s.words <= MAX_LEGAL_WORDS) return FURNITURE_SCORE;
        if ((s.startsWith(PhraseKind.RELATED) || s.startsWith(PhraseKind.PROMO)) && s.words <= MAX_HEADLINE_WORDS
                && s.innerSentenceEnds == 0) {
            return FURNITURE_SCORE;
        }
        if (isProse(s)) return (Math.min(s.words, MAX_SCORED_WORDS) - T("prose0", 10)) / T("proseDiv", 6);
        if (s.isDateLike()) return T("date", -2.5);
        if (s.words <= 2) return T("w2", -1.5);
        if (s.words <= 3) return T("w3", -1);
        if (s.innerPunctuation > 0 || s.digitFirst > 0) return T("listish", 0.3);
        if (s.lowerShare() >= 0.4) return T("contentish", -0.3);
        return T("short", -1);
    }

    /** Running text: a sentence, or a long run of mostly lowercase words. */
    static boolean isProse(LineShape s) {
        if (s.singleCharTokens * 2 > s.tokens) {
            return s.terminal ? s.singleCharTokens >= MIN_CJK_SENTENCE_CHARS : s.singleCharTokens >= MIN_CJK_PROSE_CHARS;
        }
        boolean cased = (s.upperFirst + s.lowerFirst) * 2 >= s.words;
        if (!cased) return s.words >= (s.terminal ? MIN_SENTENCE_WORDS : MIN_PROSE_WORDS);
        double lower = s.lowerShare();
        if (s.terminal && s.words >= MIN_SENTENCE_WORDS && lower >= MIN_SENTENCE_LOWER_SHARE) return true;
        if (s.innerSentenceEnds > 0 && s.words >= MIN_PROSE_WORDS) return true;
        // a long run of lowercase words with neither punctuation nor function words is a tag cloud
        return s.words >= MIN_PROSE_WORDS && lower >= MIN_PROSE_LOWER_SHARE
                && (s.innerPunctuation > 0 || s.minorLower >= MIN_FUNCTION_WORDS || T("tagcloud", 1) == 0);
    }

    /**
     * Line scores with context: a short paragraph standing alone between lines of furniture (the summary
     * of a teaser card: kicker, headline, byline, date, summary) counts for less than text among text.
     */
    static double[] scores(LineShape[] shapes) {
        int n = shapes.length;
        double[] sc = new double[n];
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            sc[i] = score(shapes[i]);
            prose[i] = sc[i] > 0 && isProse(shapes[i]);
        }
        int gapLimit = (int) T("isoGap", 2);
        for (int i = 0; i < n; i++) {
            if (!prose[i] || shapes[i].words > T("isoWords", 50)) continue;
            int window = (int) T("isoWin", 3);
            double weak = T("isoWeak", -1);
            int before = 0;
            for (int j = i - 1, seen = 0; j >= 0 && !prose[j] && seen < window; j--) {
                if (shapes[j].blank) continue;
                seen++;
                if (sc[j] <= weak) before++;
            }
            int after = 0;
            for (int j = i + 1, seen = 0; j < n && !prose[j] && seen < window; j++) {
                if (shapes[j].blank) continue;
                seen++;
                if (sc[j] <= weak) after++;
            }
            if (before >= gapLimit && after >= gapLimit) sc[i] = sc[i] * T("isoFactor", 0.5) - T("isoMinus", 0);
        }
        return sc;
    }

    /** A run of lines [start, end] and its total score. */
    private record Run(int start, int end, double sum) {
    }

    /** The run of lines in [from, to) with the highest total score, or null when no total is positive. */
    private static Run bestRun(double[] sc, int from, int to) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += sc[i];
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new Run(bestStart, bestEnd, best);
    }

    /**
     * Drops the lines outside the article: the best-scoring run of lines, and other runs that score nearly
     * as well (an article split by a table or a gallery).
     */
    private void markOutsideArticle(LinePage page, LineShape[] shapes) {
        int n = page.size;
        double[] sc = scores(shapes);
        Run main = bestRun(sc, 0, n);
        if (main == null) {
            for (int i = 0; i < n; i++) dropOutside(page, shapes, i, "no-article");
            return;
        }
        boolean[] in = new boolean[n];
        var todo = new java.util.ArrayDeque<int[]>();
        for (int i = main.start(); i <= main.end(); i++) in[i] = true;
        todo.add(new int[] {0, main.start()});
        todo.add(new int[] {main.end() + 1, n});
        double minSecond = Math.max(T("secAbs", 8), T("secRatio", 0.3) * main.sum());
        while (!todo.isEmpty()) {
            int[] range = todo.poll();
            Run r = bestRun(sc, range[0], range[1]);
            if (r == null || r.sum() < minSecond) continue;
            for (int i = r.start(); i <= r.end(); i++) in[i] = true;
            todo.add(new int[] {range[0], r.start()});
            todo.add(new int[] {r.end() + 1, range[1]});
        }
        int first = 0;
        while (!in[first]) first++;
        int last = n - 1;
        while (!in[last]) last--;
        if (T("fillGaps", 0) > 0) fillGaps(shapes, in, first, last);
        if (T("shortGaps", 3) > 0) fillShortGaps(shapes, in, first, last, (int) T("shortGaps", 3));
        if (T("absorb", 1) > 0) absorbSentences(shapes, in);
        first = 0;
        while (!in[first]) first++;
        last = n - 1;
        while (!in[last]) last--;
        for (int i = 0; i < n; i++) {
            if (in[i]) continue;
            dropOutside(page, shapes, i, i < first ? "leading-furniture" : i > last ? "trailing-furniture" : "between-articles");
        }
        markTrailingLists(page, shapes, last + 1);
    }

    /**
     * Takes into each run of the article the sentences right next to it that scored too little on their own:
     * a short first or last sentence, a standfirst above the byline and date lines, a last sentence after an
     * inline promotion.
     */
    private static void absorbSentences(LineShape[] shapes, boolean[] in) {
        int n = shapes.length;
        int maxBefore = (int) T("absBefore", 0);
        int maxAfter = (int) T("absAfter", 1);
        for (int i = 0; i < n; i++) {
            if (!in[i] || (i > 0 && in[i - 1])) continue;
            // i starts a run: look upwards
            int gap = 0;
            for (int j = i - 1; j >= 0 && !in[j]; j--) {
                LineShape s = shapes[j];
                if (s.blank) continue;
                if (isSentence(s)) {
                    for (int k = j; k < i; k++) in[k] = true;
                    i = j;
                    gap = 0;
                    continue;
                }
                if (++gap > maxBefore || isStrongBoundary(s)) break;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (!in[i] || (i + 1 < n && in[i + 1])) continue;
            int gap = 0;
            for (int j = i + 1; j < n && !in[j]; j++) {
                LineShape s = shapes[j];
                if (s.blank) continue;
                if (isSentence(s)) {
                    for (int k = i + 1; k <= j; k++) in[k] = true;
                    i = j;
                    gap = 0;
                    continue;
                }
                if (++gap > maxAfter || !isInlineFurniture(s)) break;
            }
        }
    }

    /** Furniture that sits inside an article without ending it: a marker, a promotion, a related link. */
    private static boolean isInlineFurniture(LineShape s) {
        return s.isKind(PhraseKind.MARKER) || s.startsWith(PhraseKind.PROMO) || s.startsWith(PhraseKind.RELATED)
                || s.startsWith(PhraseKind.MARKER);
    }

    /** Joins runs of the article separated by at most {@code max} lines, none of them a boundary. */
    private static void fillShortGaps(LineShape[] shapes, boolean[] in, int first, int last, int max) {
        int i = first;
        while (i <= last) {
            if (in[i]) {
                i++;
                continue;
            }
            int j = i;
            int lines = 0;
            boolean strong = false;
            while (j <= last && !in[j]) {
                strong |= isStrongBoundary(shapes[j]);
                if (!shapes[j].blank) lines++;
                j++;
            }
            if (!strong && lines <= max) for (int k = i; k < j; k++) in[k] = true;
            i = j;
        }
    }

    /** Joins runs of the article that only weak lines (no boundary) separate: a table, a list, a caption. */
    private static void fillGaps(LineShape[] shapes, boolean[] in, int first, int last) {
        int i = first;
        while (i <= last) {
            if (in[i]) {
                i++;
                continue;
            }
            int j = i;
            boolean strong = false;
            while (j <= last && !in[j]) {
                strong |= isStrongBoundary(shapes[j]);
                j++;
            }
            if (!strong) for (int k = i; k < j; k++) in[k] = true;
            i = j;
        }
    }

    /** A sentence of the article even if short: ends like a sentence, several words, not furniture. */
    static boolean isSentence(LineShape s) {
        if (s.blank || (s.wholeKinds & FURNITURE_KINDS) != 0 || s.legal || s.prefixKind >= 0 || s.isDateLike()) return false;
        if (isProse(s)) return true;
        return s.terminal && s.words >= MIN_SHORT_SENTENCE_WORDS && s.lowerShare() >= MIN_SENTENCE_LOWER_SHARE;
    }

    /** A line that says the article is over (or not begun): share buttons, section labels, legal lines, related links. */
    static boolean isStrongBoundary(LineShape s) {
        if (s.blank) return false;
        if (s.isKind(PhraseKind.SHARE) || s.isKind(PhraseKind.SECTION) || s.isKind(PhraseKind.COMMENTS) || s.isCommentHeader()
                || s.isKind(PhraseKind.NAV)) return true;
        if (s.legal && s.words <= MAX_LEGAL_WORDS) return true;
        return (s.startsWith(PhraseKind.RELATED) || s.startsWith(PhraseKind.PROMO)) && s.words <= MAX_HEADLINE_WORDS;
    }

    /** Grows the article run over neighbouring blocks of text that no boundary line separates from it. */
    private static int[] extend(LineShape[] shapes, double[] sc, int start, int end) {
        int n = shapes.length;
        double minBlock = T("extMin", 4);
        while (true) {
            // right
            double sum = 0, best = 0;
            int bestJ = -1;
            for (int j = end + 1; j < n && !isStrongBoundary(shapes[j]); j++) {
                sum += sc[j];
                if (sum > best) { best = sum; bestJ = j; }
            }
            double blockBest = 0;
            int blockEnd = -1;
            {
                double run = 0;
                for (int j = end + 1; j < n && !isStrongBoundary(shapes[j]); j++) {
                    run = Math.max(0, run) + sc[j];
                    if (run > blockBest) { blockBest = run; blockEnd = j; }
                }
            }
            if (blockEnd >= 0 && blockBest >= minBlock) { end = blockEnd; continue; }
            break;
        }
        while (true) {
            double blockBest = 0;
            int blockStart = -1;
            double run = 0;
            for (int j = start - 1; j >= 0 && !isStrongBoundary(shapes[j]); j--) {
                run = Math.max(0, run) + sc[j];
                if (run > blockBest) { blockBest = run; blockStart = j; }
            }
            if (blockStart >= 0 && blockBest >= minBlock) { start = blockStart; continue; }
            break;
        }
        return new int[] {start, end};
    }

    private void dropOutside(LinePage page, LineShape[] shapes, int i, String reason) {
        LineShape s = shapes[i];
        page.drop(i, furnitureRole(s), NAME, reason);
    }

    /** After the article: a section label and the headlines under it are a headline list. */
    private void markTrailingLists(LinePage page, LineShape[] shapes, int from) {
        for (int i = from; i < page.size; i++) {
            if (!isListLabel(shapes[i])) continue;
            int j = listRunEnd(page, shapes, i + 1);
            if (j == i + 1) continue;
            page.drop(i, Role.LIST_HEADING, NAME, "headline-list");
            for (int k = i + 1; k < j; k++) {
                page.drop(k, shapes[k].punctuationOnly ? Role.SEPARATOR : Role.LIST_ITEM, NAME, "headline-list");
            }
            i = j - 1;
        }
    }

    private static Role furnitureRole(LineShape s) {
        if (s.blank) return Role.OTHER;
        if (s.punctuationOnly) return Role.SEPARATOR;
        if (s.isKind(PhraseKind.SECTION)) return Role.LIST_HEADING;
        if (s.isKind(PhraseKind.SHARE)) return Role.SHARE;
        if (s.isKind(PhraseKind.NAV) || s.isKind(PhraseKind.COMMENTS)) return Role.NAVIGATION;
        if (s.isKind(PhraseKind.MARKER)) return Role.AD;
        if (s.legal && s.words <= MAX_LEGAL_WORDS) return Role.LEGAL;
        if (s.startsWith(PhraseKind.RELATED)) return Role.RELATED_LINK;
        if (s.startsWith(PhraseKind.PROMO)) return Role.AD;
        if (s.startsWith(PhraseKind.CREDITS)) return Role.CREDITS;
        if (isHeadline(s)) return Role.LIST_ITEM;
        if (s.words <= MAX_LABEL_WORDS) return Role.NAVIGATION;
        return Role.BOILERPLATE;
    }

    // ---- furniture inside the article ----

    private void markFurniture(LinePage page, LineShape[] shapes) {
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            LineShape s = shapes[i];
            if (s.blank) {
                page.setRole(i, Role.OTHER);
                continue;
            }
            if (isListLabel(s)) {
                int j = listRunEnd(page, shapes, i + 1);
                if (j > i + 1 || s.isKind(PhraseKind.SECTION) && j == page.size) {
                    page.drop(i, Role.LIST_HEADING, NAME, "headline-list");
                    for (int k = i + 1; k < j; k++) {
                        page.drop(k, shapes[k].punctuationOnly ? Role.SEPARATOR : Role.LIST_ITEM, NAME, "headline-list");
                    }
                    i = j - 1;
                    continue;
                }
            }
            String reason = furnitureReason(s);
            if (reason != null) {
                page.drop(i, furnitureRole(s), NAME, reason);
                continue;
            }
            if (!page.blockMode) page.setRole(i, contentRole(s));
        }
    }

    /** Why a line inside the article is furniture all the same, or null. */
    private static String furnitureReason(LineShape s) {
        if (s.isKind(PhraseKind.MARKER)) return "marker";
        if (s.isKind(PhraseKind.SHARE)) return PhraseKind.SHARE.reason();
        if (s.isKind(PhraseKind.COMMENTS)) return PhraseKind.COMMENTS.reason();
        if (s.isKind(PhraseKind.NAV)) return PhraseKind.NAV.reason();
        if (s.isKind(PhraseKind.SECTION)) return PhraseKind.SECTION.reason();
        if (s.legal && s.words <= MAX_LEGAL_WORDS && !s.terminal) return PhraseKind.LEGAL.reason();
        if (s.punctuationOnly) return "separator";
        return null;
    }

    private static Role contentRole(LineShape s) {
        if (s.bullet) return Role.LIST_ITEM;
        if (isProse(s)) return Role.BODY;
        return s.terminal ? Role.BODY : Role.HEADING;
    }

    private static boolean isListLabel(LineShape s) {
        return s.isKind(PhraseKind.SECTION) || s.isKind(PhraseKind.RELATED) && s.words <= MAX_LABEL_WORDS;
    }

    /** End (exclusive) of the run of headline-shaped lines and bare separators starting at {@code from}. */
    private static int listRunEnd(LinePage page, LineShape[] shapes, int from) {
        int j = from;
        int headlines = 0;
        while (j < page.size) {
            LineShape s = shapes[j];
            if (s.punctuationOnly || s.blank) {
                j++;
                continue;
            }
            if (!isHeadline(s) || isListLabel(s)) break;
            headlines++;
            j++;
        }
        while (j > from && (shapes[j - 1].blank)) j--;
        return headlines == 0 ? from : j;
    }

    /** A headline: a few words, no sentence punctuation at the end (a question may end one), mostly capitalised. */
    static boolean isHeadline(LineShape s) {
        if (s.blank || s.punctuationOnly || s.words > MAX_HEADLINE_WORDS || s.words < MIN_HEADLINE_WORDS) return false;
        if (s.innerSentenceEnds > 0) return false;
        if (s.singleCharTokens * 2 > s.tokens) return !s.terminal;
        return s.titleCase() >= MIN_HEADLINE_TITLE_CASE && (!s.terminal || s.lowerShare() < MIN_SENTENCE_LOWER_SHARE);
    }

    // ---- inline pieces and credits ----

    private void cutInline(LinePage page, LineShape[] shapes, PhraseTable table, Tokens tok, List<String> credits) {
        var cutter = new InlineCutter(table);
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i) || shapes[i].blank) continue;
            String line = page.text[i];
            tok.scan(line);
            List<InlineCutter.Cut> cuts = cutter.find(line, tok, creditsToMeta);
            if (cuts.isEmpty()) continue;
            for (InlineCutter.Cut c : cuts) {
                if (c.kind() == PhraseKind.CREDITS) credits.add(line.substring(c.start(), c.end()).strip());
            }
            String rest = InlineCutter.apply(line, cuts);
            if (!hasWord(rest)) {
                InlineCutter.Cut first = cuts.get(0);
                page.drop(i, roleOfPiece(first.kind()), NAME, reasonOfPiece(first.kind()));
            } else {
                page.edit(i, rest);
            }
        }
    }

    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Role roleOfPiece(PhraseKind k) {
        return switch (k) {
            case MARKER, PROMO -> Role.AD;
            case CREDITS -> Role.CREDITS;
            default -> Role.RELATED_LINK;
        };
    }

    private static String reasonOfPiece(PhraseKind k) {
        return switch (k) {
            case MARKER -> "marker";
            case CREDITS -> "credits";
            default -> k.reason();
        };
    }

    /** Blank lines stay only between kept lines, one at a time: paragraph breaks survive, gaps do not pile up. */
    private static void collapseBlankLines(LinePage page, LineShape[] shapes) {
        boolean seenText = false;
        int pendingBlank = -1;
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            if (shapes[i].blank && !page.blockMode) {
                if (!seenText || pendingBlank >= 0) page.drop(i, Role.OTHER, NAME, "blank");
                else pendingBlank = i;
            } else {
                seenText = true;
                pendingBlank = -1;
            }
        }
        if (pendingBlank >= 0) page.drop(pendingBlank, Role.OTHER, NAME, "blank");
    }

    @SuppressWarnings("unchecked")
    private static List<String> mergedCredits(Document doc, List<String> found) {
        var all = new ArrayList<String>();
        doc.meta().get(CREDITS_META).ifPresent(v -> {
            if (v instanceof List<?> l) l.forEach(x -> all.add(String.valueOf(x)));
        });
        all.addAll(found);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "LineCleaner[phrases=" + phrases.entries().size() + " in " + phrases.languages().size() + " languages"
                + ", useDocumentLanguage=" + useDocumentLanguage + ", articleRegion=" + articleRegion
                + ", creditsToMeta=" + creditsToMeta + "]";
    }
}
