package dev.saring.clean;

import dev.saring.extract.MainContentExtractor;
import dev.saring.extract.PageType;
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
import java.util.TreeSet;

/**
 * saring's boilerplate remover for extracted text: gives every line (or every block of an extracted page) a
 * {@link Role} and a keep/drop decision with a reason, from evidence inside the page.
 *
 * <ul>
 *   <li><b>Where the article is</b> (page dumps: text with menus, bylines and lists around the article).
 *       Each line scores by its shape, and the best-scoring run of lines is the article (see
 *       {@link ArticleRegion}); what precedes it is {@code leading-furniture}, what follows it
 *       {@code trailing-furniture}. Text that is already extracted (few furniture-like lines) is all
 *       article but for the furniture below.</li>
 *   <li><b>Furniture lines</b>, from the {@link PhraseTable} of the page's language and English (all
 *       languages when it is not known): share buttons, menu items, markers ("ADVERTISEMENT"), legal lines,
 *       section labels and the headline lists they open ({@code headline-list}), related links
 *       ({@code phrase:related}).</li>
 *   <li><b>Inline furniture</b> in text that lost its line breaks is cut out and the sentences around it
 *       kept; {@link InlineCutter} says how the end of an inline headline is found.</li>
 *   <li><b>Credits</b> ("Editor: …", "Penulis: …", "gtp/pkp (Reuters, AFP)") are cut from the text and
 *       listed in the document's meta under {@code credits}.</li>
 * </ul>
 *
 * <p>A document that already has blocks (from HTML extraction) is reviewed block by block: blocks dropped
 * earlier stay dropped, the others get the furniture, inline and credits rules (the extractor has chosen
 * the article). Where the extractor found a listing ({@code meta.page_type}), its items are its content: the
 * article region, headline-list and teaser-card rules leave them alone. Documents are never dropped, even when no line is left. Immutable and safe to share across
 * threads.
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
    /** Teaser-and-date pairs in a row that make a list of teaser cards. */
    static final int MIN_TEASER_CARDS = 3;
    /** Days in a row that make a calendar widget. */
    static final int MIN_CALENDAR_DAYS = 14;
    /** Words a teaser's summary or headline has at least (a table's "4.2.7" beside a date is none). */
    private static final int MIN_TEASER_WORDS = 4;

    /** Meta key of the credits cut from the text: a list of strings. */
    public static final String CREDITS_META = "credits";

    private static final String NBSP_ENTITY = "&nbsp;";

    private final PhraseTable phrases;
    private final boolean useDocumentLanguage;
    private final boolean articleRegion;
    private final boolean creditsToMeta;
    private final RegionWeights weights;
    private final Map<String, PhraseTable> byLanguage;

    LineCleaner(PhraseTable phrases, boolean useDocumentLanguage, boolean articleRegion, boolean creditsToMeta,
                RegionWeights weights) {
        this.phrases = phrases;
        this.useDocumentLanguage = useDocumentLanguage;
        this.articleRegion = articleRegion;
        this.creditsToMeta = creditsToMeta;
        this.weights = weights;
        var m = new HashMap<String, PhraseTable>();
        if (useDocumentLanguage) {
            for (String lang : phrases.languages()) m.put(lang, phrases.forLanguages(new TreeSet<>(List.of(lang, "en"))));
        }
        this.byLanguage = Map.copyOf(m);
    }

    /**
     * The built-in phrase table, article runs on page dumps; credit lines go to meta, credit suffixes of
     * body lines stay (the seed page's reference text keeps its "gtp/pkp (Reuters, AFP)" suffix).
     */
    public static LineCleaner defaults() {
        return new LineCleaner(PhraseTable.builtIn(), true, true, false, RegionWeights.defaults());
    }

    /**
     * Settings: {@code use_document_language} (phrases of the document's language and English only, when it
     * is known; default true), {@code article_region} (on page dumps, drop the lines outside the article;
     * default true), {@code credits_to_meta} (also cut credit suffixes out of body lines into meta; default
     * false).
     */
    public static LineCleaner fromParams(Params p) {
        var c = new LineCleaner(PhraseTable.builtIn(),
                p.bool("use_document_language", true),
                p.bool("article_region", true),
                p.bool("credits_to_meta", false),
                RegionWeights.defaults());
        p.finish();
        return c;
    }

    /** A copy that matches these phrases instead of the built-in ones. */
    public LineCleaner withPhrases(PhraseTable table) {
        return new LineCleaner(table, useDocumentLanguage, articleRegion, creditsToMeta, weights);
    }

    public LineCleaner withArticleRegion(boolean on) {
        return new LineCleaner(phrases, useDocumentLanguage, on, creditsToMeta, weights);
    }

    public LineCleaner withCreditsToMeta(boolean on) {
        return new LineCleaner(phrases, useDocumentLanguage, articleRegion, on, weights);
    }

    LineCleaner withWeights(RegionWeights w) {
        return new LineCleaner(phrases, useDocumentLanguage, articleRegion, creditsToMeta, w);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        if (LinePage.nothingToClean(doc)) return Outcome.keep(doc);
        PhraseTable table = tableFor(doc);
        LinePage page = LinePage.of(doc);
        var tok = new Tokens();
        LineShape[] shapes = new LineShape[page.size];
        for (int i = 0; i < page.size; i++) shapes[i] = LineShape.of(page.text[i], tok, table);

        boolean items = isItemList(doc);
        if (articleRegion && !page.blockMode && !items) {
            var region = new ArticleRegion(weights);
            if (!region.isExtractedText(shapes)) markOutsideArticle(page, shapes, region.select(shapes));
        }
        markFurniture(page, shapes, items);
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

    // ---- outside the article ----

    private static void markOutsideArticle(LinePage page, LineShape[] shapes, boolean[] in) {
        int n = page.size;
        int first = 0;
        while (first < n && !in[first]) first++;
        if (first == n) {
            for (int i = 0; i < n; i++) page.drop(i, furnitureRole(shapes[i]), NAME, "no-article");
            return;
        }
        int last = n - 1;
        while (!in[last]) last--;
        for (int i = 0; i < n; i++) {
            if (in[i]) continue;
            String reason = i < first ? "leading-furniture" : i > last ? "trailing-furniture" : "between-articles";
            page.drop(i, furnitureRole(shapes[i]), NAME, reason);
        }
        markHeadlineLists(page, shapes, last + 1, false);
    }

    static Role furnitureRole(LineShape s) {
        if (s.blank) return Role.OTHER;
        if (s.punctuationOnly) return Role.SEPARATOR;
        if (s.isKind(PhraseKind.SECTION)) return Role.LIST_HEADING;
        if (s.isKind(PhraseKind.SHARE)) return Role.SHARE;
        if (s.isKind(PhraseKind.NAV) || s.isKind(PhraseKind.COMMENTS)) return Role.NAVIGATION;
        if (s.isKind(PhraseKind.MARKER)) return Role.AD;
        if (s.isLegal()) return Role.LEGAL;
        if (s.startsWith(PhraseKind.RELATED)) return Role.RELATED_LINK;
        if (s.startsWith(PhraseKind.PROMO)) return Role.AD;
        if (s.startsWith(PhraseKind.CREDITS)) return Role.CREDITS;
        if (s.isHeadline()) return Role.LIST_ITEM;
        if (s.words <= LineShape.MAX_LABEL_WORDS) return Role.NAVIGATION;
        return Role.BOILERPLATE;
    }

    // ---- furniture lines ----

    /**
     * Whether the extractor found the page to be a listing ({@code meta.page_type}): its content is a list of
     * item titles and summaries, which the article region, headline-list and teaser-card rules would take for
     * furniture.
     */
    static boolean isItemList(Document doc) {
        return doc.meta().string(MainContentExtractor.PAGE_TYPE_META).filter(PageType.LISTING.label()::equals).isPresent();
    }

    private static void markFurniture(LinePage page, LineShape[] shapes, boolean items) {
        if (!items) {
            markHeadlineLists(page, shapes, 0, true);
            markTeaserCards(page, shapes);
        }
        markCalendars(page);
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            LineShape s = shapes[i];
            if (s.blank) {
                page.setRole(i, Role.OTHER);
                continue;
            }
            String reason = furnitureReason(s);
            if (reason != null) {
                page.drop(i, furnitureRole(s), NAME, reason);
            } else if (!page.blockMode) {
                page.setRole(i, contentRole(s));
            }
        }
    }

    /**
     * A section label ("Terpopuler", "Baca juga:") and the run of headlines and bare separators under it are a
     * headline list. {@code keptOnly}: look only at lines still kept (inside the article).
     */
    private static void markHeadlineLists(LinePage page, LineShape[] shapes, int from, boolean keptOnly) {
        for (int i = from; i < page.size; i++) {
            if (keptOnly && !page.isKept(i) || !shapes[i].isListLabel()) continue;
            int j = headlineRunEnd(shapes, i + 1);
            boolean labelAlone = shapes[i].isKind(PhraseKind.SECTION) && j == page.size;
            if (j == i + 1 && !labelAlone) continue;
            page.drop(i, Role.LIST_HEADING, NAME, "headline-list");
            for (int k = i + 1; k < j; k++) {
                page.drop(k, shapes[k].punctuationOnly ? Role.SEPARATOR : shapes[k].blank ? Role.OTHER : Role.LIST_ITEM,
                        NAME, "headline-list");
            }
            i = j - 1;
        }
    }

    /**
     * Teaser cards of a section page or a "latest" box: a short summary, then its age or date ("3 hours
     * ago"), again and again. At least {@link #MIN_TEASER_CARDS} such pairs in a row, the first summary not
     * itself after a date line (a live blog gives each entry its time first, and stays), are dropped.
     */
    private static void markTeaserCards(LinePage page, LineShape[] shapes) {
        for (int i = 0; i < page.size; i++) {
            if (!isTeaser(page, shapes, i)) continue;
            int before = previousKept(page, shapes, i);
            if (before >= 0 && isDated(shapes[before])) continue;
            int cards = 0;
            int end = i;
            for (int t = i; t >= 0 && isTeaser(page, shapes, t); ) {
                int d = nextKept(page, shapes, t + 1);
                if (d < 0 || !isDated(shapes[d])) break;
                cards++;
                end = d + 1;
                t = nextKept(page, shapes, d + 1);
            }
            if (cards < MIN_TEASER_CARDS) continue;
            for (int k = i; k < end; k++) {
                if (!page.isKept(k)) continue;
                page.drop(k, shapes[k].blank ? Role.OTHER : isDated(shapes[k]) ? Role.NAVIGATION : Role.LIST_ITEM, NAME, "teaser-cards");
            }
            i = end - 1;
        }
    }

    /**
     * The days of a calendar widget, one number a line ("11", "12", … "30"): at least {@value #MIN_CALENDAR_DAYS}
     * kept lines in a row, each a day of the month one more than the line before (blank lines between them
     * count for nothing). A pager ("1 2 3 … 7") is shorter, and stays.
     */
    private static void markCalendars(LinePage page) {
        int runStart = -1;
        int days = 0;
        int previous = 0;
        for (int i = 0; i <= page.size; i++) {
            if (i < page.size && page.isKept(i) && page.text[i].isBlank()) continue;
            int day = i < page.size && page.isKept(i) ? dayOfMonth(page.text[i]) : -1;
            if (day > 0 && days > 0 && day == previous + 1) {
                days++;
            } else {
                if (days >= MIN_CALENDAR_DAYS) {
                    for (int k = runStart; k < i; k++) if (page.isKept(k)) page.drop(k, Role.NAVIGATION, NAME, "calendar");
                }
                runStart = i;
                days = day > 0 ? 1 : 0;
            }
            previous = day;
        }
    }

    /** The number 1 to 31 a line holds and nothing else, or -1. */
    private static int dayOfMonth(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 2) return -1;
        int d = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            d = d * 10 + (c - '0');
        }
        return d >= 1 && d <= 31 ? d : -1;
    }

    private static boolean isTeaser(LinePage page, LineShape[] shapes, int i) {
        LineShape s = shapes[i];
        return page.isKept(i) && !s.blank && !isDated(s) && s.words >= MIN_TEASER_WORDS && s.words <= LineShape.MAX_HEADLINE_WORDS
                && s.innerSentenceEnds == 0;
    }

    /** A line that is a date or an age: "3 hours ago", "28 March 2024, 10:42". */
    private static boolean isDated(LineShape s) {
        return s.isDateLike() && s.dateWords > 0;
    }

    /** The next line at or after {@code from} that is kept and not blank (the extractor may have dropped a card's link), or -1. */
    private static int nextKept(LinePage page, LineShape[] shapes, int from) {
        for (int i = from; i < shapes.length; i++) if (!shapes[i].blank && page.isKept(i)) return i;
        return -1;
    }

    private static int previousKept(LinePage page, LineShape[] shapes, int before) {
        for (int i = before - 1; i >= 0; i--) if (!shapes[i].blank && page.isKept(i)) return i;
        return -1;
    }

    /** End (exclusive) of the run of headline-shaped lines and bare separators from {@code from}; {@code from} if none. */
    private static int headlineRunEnd(LineShape[] shapes, int from) {
        int j = from;
        int headlines = 0;
        while (j < shapes.length) {
            LineShape s = shapes[j];
            if (s.punctuationOnly || s.blank) {
                j++;
                continue;
            }
            if (!(s.isHeadline() || s.isLinkLike()) || s.isListLabel()) break;
            // "Here are some of the highlights:" introduces the article's own list, it is no headline
            if (s.isListIntroducer() && s.lowerShare() >= LineShape.MIN_SENTENCE_LOWER_SHARE) break;
            headlines++;
            j++;
        }
        while (j > from && shapes[j - 1].blank) j--;
        return headlines == 0 ? from : j;
    }

    /** Why a line inside the article is furniture all the same, or null. */
    private static String furnitureReason(LineShape s) {
        if (s.isKind(PhraseKind.MARKER)) return "marker";
        if (s.isKind(PhraseKind.SHARE)) return PhraseKind.SHARE.reason();
        if (s.isKind(PhraseKind.COMMENTS)) return PhraseKind.COMMENTS.reason();
        if (s.isKind(PhraseKind.NAV)) return PhraseKind.NAV.reason();
        if (s.isKind(PhraseKind.SECTION)) return PhraseKind.SECTION.reason();
        if (s.isLegal() && !s.terminal) return PhraseKind.LEGAL.reason();
        if (s.punctuationOnly) return "separator";
        return null;
    }

    private static Role contentRole(LineShape s) {
        if (s.bullet) return Role.LIST_ITEM;
        if (s.isProse() || s.terminal) return Role.BODY;
        return Role.HEADING;
    }

    // ---- inline pieces and credits ----

    private void cutInline(LinePage page, LineShape[] shapes, PhraseTable table, Tokens tok, List<String> credits) {
        var cutter = new InlineCutter(table);
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i) || shapes[i].blank || !shapes[i].mayHavePiece && !page.text[i].contains(NBSP_ENTITY)) continue;
            // text scraped from HTML may still carry non-breaking-space entities: spaces, to the cutter
            String line = page.text[i].contains(NBSP_ENTITY) ? page.text[i].replace(NBSP_ENTITY, " ") : page.text[i];
            tok.scan(line);
            List<InlineCutter.Cut> cuts = cutter.find(line, tok, true);
            if (!creditsToMeta) cuts = withoutCreditSuffixes(line, cuts);
            if (cuts.isEmpty()) continue;
            for (InlineCutter.Cut c : cuts) {
                if (c.kind() == PhraseKind.CREDITS) credits.add(line.substring(c.start(), c.end()).strip());
            }
            String rest = InlineCutter.apply(line, cuts);
            if (!hasWord(rest)) {
                PhraseKind first = cuts.get(0).kind();
                page.drop(i, roleOfPiece(first), NAME, reasonOfPiece(first));
            } else {
                page.edit(i, rest);
                for (InlineCutter.Cut c : cuts) {
                    page.cut(i, line.substring(c.start(), c.end()).strip(), roleOfPiece(c.kind()), NAME, "inline:" + reasonOfPiece(c.kind()));
                }
            }
        }
    }

    /**
     * The cuts less the credits that follow body text on their line: those stay in the text unless
     * {@code credits_to_meta}; a line of credits only (or furniture and credits) still goes.
     */
    private static List<InlineCutter.Cut> withoutCreditSuffixes(String line, List<InlineCutter.Cut> cuts) {
        var out = new java.util.ArrayList<InlineCutter.Cut>(cuts.size());
        for (InlineCutter.Cut c : cuts) {
            boolean afterBody = c.kind() == PhraseKind.CREDITS
                    && hasWord(InlineCutter.apply(line.substring(0, c.start()), out));
            if (!afterBody) out.add(c);
        }
        return out;
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
        if (page.blockMode) return;
        boolean seenText = false;
        int pendingBlank = -1;
        for (int i = 0; i < page.size; i++) {
            if (!page.isKept(i)) continue;
            if (shapes[i].blank) {
                if (!seenText || pendingBlank >= 0) page.drop(i, Role.OTHER, NAME, "blank");
                else pendingBlank = i;
            } else {
                seenText = true;
                pendingBlank = -1;
            }
        }
        if (pendingBlank >= 0) page.drop(pendingBlank, Role.OTHER, NAME, "blank");
    }

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
