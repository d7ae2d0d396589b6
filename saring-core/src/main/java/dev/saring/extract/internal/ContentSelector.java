package dev.saring.extract.internal;

import dev.saring.extract.PageType;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Role;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Picks the main content of a walked page and decides each of its blocks.
 *
 * <p><b>Furniture.</b> Elements named as furniture (class, id, role, itemprop; {@code nav}, {@code aside},
 * {@code footer}, {@code figcaption}, {@code form} tags) hold no content, with three corrections: names of
 * furniture that never holds prose (bylines, captions, tags, share bars, ads, menus) are ignored on
 * elements with more prose than a paragraph or two; a furniture name on an element holding half the
 * page's prose is a layout wrapper's; and a heading named as related links or comments claims the rest
 * of its section.
 *
 * <p><b>Container.</b> Every paragraph-like block outside furniture (enough text, few links) scores
 * {@code 1 + commas + min(chars / 100, 3)}, added to its container and, decaying, to the containers above
 * (the scoring Readability made standard); containers start from a prior by tag and by class/id hints and
 * end scaled by {@code 1 - link density}. The best container may give way to an ancestor that holds several
 * near-best ones or scores higher, and to the element marked {@code itemprop=articleBody}; it collects
 * siblings that score well or read as prose, and parts of the article with its own markup nearby (chunks
 * between ads).
 *
 * <p><b>Blocks.</b> Inside the content a block is dropped with a reason when it sits in furniture, is
 * mostly links (but not when it is prose that opens with a linked headline, or a whole linked sentence),
 * is the headline (which goes to the title field), is an ad label, or is a heading over nothing kept.
 * Stateless.
 */
public final class ContentSelector {

    static final String STEP = "extract";

    // Paragraphs and their points (Readability's numbers).
    static final int MIN_PARAGRAPH_CHARS = 25;
    static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
    static final int CHARS_PER_POINT = 100;
    static final int MAX_LENGTH_POINTS = 3;
    static final int ANCESTOR_LEVELS = 5;
    /** Points reaching the k-th ancestor (k >= 2) are divided by k times this. */
    static final int ANCESTOR_DECAY = 3;
    static final double HINT_WEIGHT = 25;
    static final double ARTICLE_BODY_WEIGHT = 50;

    // Choosing and widening the container.
    static final int TOP_CANDIDATES = 5;
    /** Candidates scoring this share of the best count as parts of one split article... */
    static final double ALTERNATIVE_SHARE = 0.75;
    /** ...when at least this many share an ancestor. */
    static final int MIN_ALTERNATIVES = 3;
    /** A parent scoring below this share of the container ends the walk up. */
    static final double PARENT_SCORE_SHARE = 1 / 3.0;
    /** Share of the chosen container's prose an article-body element inside it must hold to replace it. */
    static final double MARKED_BODY_SHARE = 0.6;
    static final double SIBLING_SHARE = 0.2;
    static final double MIN_SIBLING_SCORE = 10;
    static final int SIBLING_PROSE_CHARS = 80;
    static final double SIBLING_LINK_DENSITY = 0.25;
    static final int MIN_SIBLING_WORDS = 4;
    /** How far above the content split parts of an article are looked for. */
    static final int SPLIT_LEVELS = 4;
    /** How far above the content the element that repeats (a post, an item card) is looked for. */
    static final int UNIT_LEVELS = 5;
    /** Words a linked item title has at least ("Read more", page numbers have fewer). */
    static final int MIN_ITEM_TITLE_WORDS = 3;

    // Pages whose content is spread over sections.
    /** Share of the prose outside furniture the chosen content holds at least, or it is one section of many. */
    static final double SPREAD_COVER = 0.5;
    /** Share of the best container's score another container outside the content reaches: a second section. */
    static final double SPREAD_RIVAL = 0.2;
    /** Share of that prose the widened content holds. */
    static final double SPREAD_TARGET = 0.8;
    /** Share of link text in what widening adds at which it is teasers of other pages, not sections. */
    static final double SPREAD_LINKS = 0.35;
    /** Words a block that widening adds has on average at least (score tables and controls have one or two). */
    static final double SPREAD_WORDS = 3;
    /** Teasers cut short with an ellipsis that make what an ancestor adds another page's furniture. */
    static final int SPREAD_TEASERS = 3;
    /** A paragraph whose first characters hold a copyright sign is a legal notice. */
    static final int COPYRIGHT_WITHIN_CHARS = 120;

    // Furniture.
    /** Share of the page's prose above which a furniture-named element is taken for a layout wrapper. */
    static final double WRAPPER_SHARE = 0.5;
    /** Share of the page's prose above which a hidden element is taken for a wrapper a script reveals. */
    static final double HIDDEN_WRAPPER_SHARE = 0.8;
    /** Prose outside a comments section below which there is no post beside it: the comments are the page. */
    static final int MIN_POST_PROSE = 200;
    /** Furniture that never holds prose; more prose than this means the name is about something else. */
    static final int WEAK_FURNITURE = Hint.BYLINE | Hint.CAPTION | Hint.TAGS | Hint.SHARE | Hint.AD | Hint.NAVIGATION | Hint.WIDGET;
    static final int WEAK_FURNITURE_MAX_PROSE = 400;
    /** Furniture that a heading can name for the rest of its section: trailing related links and comments. */
    static final int SECTION_FURNITURE = Hint.RELATED | Hint.COMMENTS;

    // Blocks.
    static final double LINK_DENSE = 0.5;
    /** Prose that opens with a linked headline: this many words, this many sentences, at most this density. */
    static final int LINKED_PROSE_WORDS = 25;
    static final int LINKED_PROSE_SENTENCES = 2;
    static final double LINKED_PROSE_MAX_DENSITY = 0.75;
    /** A linked sentence ending in a full stop with this many words is prose. */
    static final int LINKED_SENTENCE_WORDS = 12;
    /** Longest heading taken for a section title; longer "headings" are text set in heading tags. */
    static final int MAX_SECTION_HEADING_CHARS = 80;
    private static final int MAX_AD_LABEL_CHARS = 40;
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " \u00b7 ");

    private ContentSelector() {
    }

    /** What was picked: the blocks of the content with decisions, the title, and the page's type. */
    public record Selection(List<Block> blocks, String title, PageTypeEvidence.Guess pageType) {
    }

    /** The content of a walked page whose address is {@code url} (empty when unknown). */
    public static Selection select(PageWalk walk, String url) {
        List<TextBlock> blocks = walk.blocks();
        PageTypeEvidence evidence = walk.metadata().pageType();
        evidence.url(url);
        ItemRun items = ItemRun.find(walk.elements(), blocks);
        if (items != null) evidence.structure(PageType.LISTING, PageTypeEvidence.MEDIUM, "items", items.items().size());
        PageTypeEvidence.Guess guess = evidence.decide();
        TypeProfile profile = TypeProfile.of(guess.type());
        var page = new Page(walk.elements(), blocks, profile);
        String title = title(walk, blocks);
        int top = page.chooseContainer();
        if (top < 0) return new Selection(List.of(), title, guess);
        List<Integer> roots = null;
        if (profile.linkedItems() && items != null) roots = page.withItems(top, items);
        if (roots == null && profile.repeatedUnits()) roots = page.repeatedUnits(top);
        if (roots == null) {
            roots = page.withSiblings(top);
            addSplitParts(page.el, roots, page.scored, page.furniture, page.bestScored, top);
            // og:type "article" alone is what site builders put on every page (landing and service pages too):
            // it says article with a publication date or an author, or on a thread (whose posts were chosen
            // already); a schema.org article type or a marked article body says it anyway.
            PageMetadata meta = walk.metadata();
            int article = evidence.weight(PageType.ARTICLE);
            boolean saysArticle = article >= PageTypeEvidence.MEDIUM || page.markedBody() >= 0 || article >= PageTypeEvidence.WEAK
                    && (meta.date() != null || meta.author() != null || guess.type() == PageType.FORUM);
            int wide = page.spreadContent(top, roots, saysArticle);
            if (wide >= 0) roots = List.of(wide);
        }
        var out = new ArrayList<Block>();
        for (int r : roots) decide(page.el, blocks, page.own, page.section, r, title, profile, out);
        dropTrailingHeadings(out);
        return new Selection(out, title, guess);
    }

    /** What the selection knows of one page: per element furniture and scores, per block sections. */
    private static final class Page {
        final ElementTable el;
        final List<TextBlock> blocks;
        final TypeProfile profile;
        final int n;
        final int[] charsPrefix;
        final int[] linkPrefix;
        final int[] prosePrefix;
        /** Paragraph characters outside furniture and furniture sections: the prose that scores. */
        final int[] freePrefix;
        /** Words of the blocks. */
        final int[] wordsPrefix;
        /** Pieces of text of the blocks: one a block, or one a cell for a table row on one line. */
        final int[] piecesPrefix;
        final int totalProse;
        /** Furniture bits each element itself stands for (after the wrapper and prose checks). */
        final int[] own;
        /** Furniture bits of the element and all its ancestors. */
        final int[] furniture;
        /** Furniture bits a section heading gives each block. */
        final int[] section;
        final double[] score;
        final boolean[] scored;
        final int[] best = new int[TOP_CANDIDATES];
        /** The best-scoring container before any adjustment, or -1. */
        int bestScored = -1;

        Page(ElementTable el, List<TextBlock> blocks, TypeProfile profile) {
            this.el = el;
            this.blocks = blocks;
            this.profile = profile;
            this.n = el.size();
            int m = blocks.size();
            charsPrefix = new int[m + 1];
            linkPrefix = new int[m + 1];
            prosePrefix = new int[m + 1];
            for (int i = 0; i < m; i++) {
                TextBlock b = blocks.get(i);
                charsPrefix[i + 1] = charsPrefix[i] + b.chars();
                linkPrefix[i + 1] = linkPrefix[i] + b.linkChars();
                prosePrefix[i + 1] = prosePrefix[i] + (isParagraph(b) ? b.chars() : 0);
            }
            totalProse = prosePrefix[m];
            own = new int[n];
            furniture = new int[n];
            markFurniture();
            section = sectionFurniture(el, m, prosePrefix, profile.contentHints());
            freePrefix = new int[m + 1];
            wordsPrefix = new int[m + 1];
            piecesPrefix = new int[m + 1];
            for (int i = 0; i < m; i++) {
                TextBlock b = blocks.get(i);
                boolean free = b.owner() >= 0 && furniture[b.owner()] == 0 && section[i] == 0 && isParagraph(b);
                freePrefix[i + 1] = freePrefix[i] + (free ? b.chars() : 0);
                wordsPrefix[i + 1] = wordsPrefix[i] + b.words();
                piecesPrefix[i + 1] = piecesPrefix[i] + Math.max(1, b.cells());
            }
            score = new double[n];
            scored = new boolean[n];
            scoreContainers();
        }

        int freeProse(int i) {
            return freePrefix[el.endBlock(i)] - freePrefix[el.firstBlock(i)];
        }

        /**
         * A page whose prose is spread over many sections (a service or landing page, a product page, a long
         * guide in blocks) rather than held by one container: when the roots hold less than
         * {@value #SPREAD_COVER} of the prose outside furniture and another container outside them scores at
         * least {@value #SPREAD_RIVAL} of the best, the lowest ancestor of the container that holds
         * {@value #SPREAD_TARGET} of that prose; else -1. Not on a page that says it is an article (a schema.org
         * article type, {@code og:type} article, a marked article body), nor when what the ancestor adds is link
         * text (teasers of other stories, at least {@value #SPREAD_LINKS} of its characters) or fragments of a
         * widget (score tables, player controls: fewer than {@value #SPREAD_WORDS} words a block).
         */
        int spreadContent(int top, List<Integer> roots, boolean declaredArticle) {
            int total = freePrefix[blocks.size()];
            if (declaredArticle || total == 0 || best[0] < 0 || score[best[0]] <= 0) return -1;
            int covered = 0;
            for (int r : roots) covered += freeProse(r);
            if (covered >= SPREAD_COVER * total) return -1;
            double rival = 0;
            for (int i = 0; i < n; i++) {
                if (!scored[i] || score[i] <= rival) continue;
                boolean overlaps = false;
                for (int r : roots) overlaps |= el.contains(r, i) || el.contains(i, r);
                if (!overlaps) rival = score[i];
            }
            if (rival < SPREAD_RIVAL * score[best[0]]) return -1;
            for (int p = el.parent(top); p >= 0; p = el.parent(p)) {
                if (furniture[p] != 0) return -1;
                if (freeProse(p) < SPREAD_TARGET * total) continue;
                int chars = span(charsPrefix, p);
                int links = span(linkPrefix, p);
                int words = span(wordsPrefix, p);
                int count = span(piecesPrefix, p);
                for (int r : roots) {
                    chars -= span(charsPrefix, r);
                    links -= span(linkPrefix, r);
                    words -= span(wordsPrefix, r);
                    count -= span(piecesPrefix, r);
                }
                if (chars > 0 && links >= SPREAD_LINKS * chars) return -1;
                if (count > 0 && words < SPREAD_WORDS * count) return -1;
                if (cutShortTeasers(p, roots)) return -1;
                return p;
            }
            return -1;
        }

        /**
         * Whether what {@code p} adds to {@code roots} is mostly teasers of other pages: summaries cut short with
         * an ellipsis ("... may soon..."), at least {@value #SPREAD_TEASERS} of them and a third of its paragraphs.
         */
        private boolean cutShortTeasers(int p, List<Integer> roots) {
            int paragraphs = 0;
            int teasers = 0;
            for (int b = el.firstBlock(p); b < el.endBlock(p); b++) {
                boolean inRoot = false;
                for (int r : roots) inRoot |= b >= el.firstBlock(r) && b < el.endBlock(r);
                TextBlock t = blocks.get(b);
                if (inRoot || t.words() < MIN_SIBLING_WORDS) continue;
                paragraphs++;
                String x = t.text().stripTrailing();
                if (x.endsWith("...") || x.endsWith("\u2026")) teasers++;
            }
            return teasers >= SPREAD_TEASERS && teasers * 3 >= paragraphs;
        }

        /** The sum of a per-block prefix array over the blocks of element {@code i}. */
        private int span(int[] prefix, int i) {
            return prefix[el.endBlock(i)] - prefix[el.firstBlock(i)];
        }

        int prose(int i) {
            return prosePrefix[el.endBlock(i)] - prosePrefix[el.firstBlock(i)];
        }

        private void markFurniture() {
            boolean[] holdsContentHint = new boolean[n];
            for (int i = n - 1; i >= 0; i--) {
                if ((el.hints(i) & (Hint.CONTENT | Hint.ARTICLE_BODY)) != 0) holdsContentHint[i] = true;
                if (holdsContentHint[i] && el.parent(i) >= 0) holdsContentHint[el.parent(i)] = true;
            }
            boolean[] commentsArePage = new boolean[n];
            for (int i = 0; i < n; i++) {
                int hinted = el.hints(i) & Hint.FURNITURE & ~profile.contentHints();
                int prose = prose(i);
                if ((hinted & WEAK_FURNITURE) != 0 && prose > WEAK_FURNITURE_MAX_PROSE) {
                    // Bylines, captions, tags, share bars, ads, menus and widgets hold no prose: a class word
                    // like "entry_author_x" or "post-date" on a container is a modifier, not a role.
                    hinted &= ~WEAK_FURNITURE;
                }
                own[i] = hinted | tagFurniture(el.kind(i));
                if (own[i] != 0 && prose >= WRAPPER_SHARE * totalProse) {
                    // Holds most of the page's prose: a layout wrapper named after a part it also holds.
                    // Comments can outweigh a short post; they are the page only when there is no post
                    // beside them (a guestbook, a thread of readers' views).
                    // A consent dialog is never a wrapper: its legal prose outweighs a listing's short items. A
                    // hidden element is one only when it holds nearly all the prose (a page a script reveals).
                    int consent = own[i] & (prose < HIDDEN_WRAPPER_SHARE * totalProse ? Hint.CONSENT | Hint.HIDDEN : Hint.CONSENT);
                    own[i] &= Hint.COMMENTS;
                    if (holdsContentHint[i]) own[i] = 0;
                    if (totalProse - prose < MIN_POST_PROSE) {
                        own[i] = 0;
                        commentsArePage[i] = true;
                    }
                    own[i] |= consent;
                }
                int p = el.parent(i);
                if (p >= 0 && commentsArePage[p]) {
                    commentsArePage[i] = true;
                    own[i] &= ~Hint.COMMENTS;
                }
                furniture[i] = (p >= 0 ? furniture[p] : 0) | own[i];
            }
        }

        /** Readability's propagation of paragraph points to containers, then the link-density scaling. */
        private void scoreContainers() {
            for (int bi = 0; bi < blocks.size(); bi++) {
                TextBlock b = blocks.get(bi);
                if (b.owner() < 0 || !isParagraph(b) || furniture[b.owner()] != 0 || section[bi] != 0) continue;
                double points = 1 + b.commas() + Math.min(b.chars() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
                // A lone paragraph scores for its container; a container's loose text for itself.
                int p = el.blockCount(b.owner()) == 1 && el.childCount(b.owner()) == 0 ? el.parent(b.owner()) : b.owner();
                for (int level = 0; p >= 0 && level < ANCESTOR_LEVELS; level++, p = el.parent(p)) {
                    if (!scored[p]) {
                        scored[p] = true;
                        score[p] = prior(el, p);
                    }
                    score[p] += points / (level == 0 ? 1 : level == 1 ? 2 : level * ANCESTOR_DECAY);
                }
            }
            Arrays.fill(best, -1);
            for (int i = 0; i < n; i++) {
                if (!scored[i]) continue;
                int chars = charsPrefix[el.endBlock(i)] - charsPrefix[el.firstBlock(i)];
                int links = linkPrefix[el.endBlock(i)] - linkPrefix[el.firstBlock(i)];
                score[i] *= 1 - (chars == 0 ? 0 : (double) links / chars);
                insertBest(best, score, i);
            }
        }

        /** The content's container, or -1 for a page without elements. */
        int chooseContainer() {
            int top = best[0];
            bestScored = top;
            if (top < 0) {
                top = body(el);   // no paragraph anywhere: a short page, judged block by block
                bestScored = top;
                return top;
            }
            double topScore = score[top];
            // Several near-best candidates under one ancestor: the article is split, take the ancestor.
            var alternatives = new ArrayList<Integer>();
            for (int k = 1; k < TOP_CANDIDATES && best[k] >= 0; k++) {
                if (score[best[k]] >= ALTERNATIVE_SHARE * topScore) alternatives.add(best[k]);
            }
            if (alternatives.size() >= MIN_ALTERNATIVES) {
                for (int p = el.parent(top); p >= 0 && el.parent(p) >= 0; p = el.parent(p)) {
                    int containing = 0;
                    for (int a : alternatives) if (el.contains(p, a)) containing++;
                    if (containing >= MIN_ALTERNATIVES) {
                        top = p;
                        break;
                    }
                }
            }
            // Walk up while the parent scores higher (the best-scoring container was too narrow).
            double lastScore = score[top];
            double threshold = lastScore * PARENT_SCORE_SHARE;
            for (int p = el.parent(top); p >= 0 && el.parent(p) >= 0; p = el.parent(p)) {
                if (!scored[p]) continue;
                if (score[p] < threshold) break;
                if (score[p] > lastScore) {
                    top = p;
                    break;
                }
                lastScore = score[p];
            }
            // An only child says nothing its parent does not.
            while (el.parent(top) >= 0 && el.parent(el.parent(top)) >= 0 && el.childCount(el.parent(top)) == 1) {
                top = el.parent(top);
            }
            // Markup that names the article body outranks scores, unless it holds little of the text.
            int marked = markedBody();
            if (marked >= 0 && (el.contains(marked, top)
                    || el.contains(top, marked) && prose(marked) >= MARKED_BODY_SHARE * prose(top))) {
                top = marked;
            }
            return top;
        }

        /** The element marked as the article body that holds the most prose, or -1. */
        int markedBody() {
            int found = -1;
            int foundProse = 0;
            for (int i = 0; i < n; i++) {
                if ((el.hints(i) & Hint.ARTICLE_BODY) == 0 || furniture[i] != 0) continue;
                int p = prose(i);
                if (p > foundProse) {
                    found = i;
                    foundProse = p;
                }
            }
            return found;
        }

        /** The container and, in document order, its siblings that score well or read as prose. */
        List<Integer> withSiblings(int top) {
            var roots = new ArrayList<Integer>();
            int parent = el.parent(top);
            if (parent < 0) {
                roots.add(top);
                return roots;
            }
            double siblingThreshold = Math.max(MIN_SIBLING_SCORE, (scored[top] ? score[top] : 0) * SIBLING_SHARE);
            for (int s = parent + 1; s < n && el.contains(parent, s); s++) {
                if (el.parent(s) != parent) continue;
                if (s == top) {
                    roots.add(s);
                } else if (furniture[s] == 0 && (el.hints(s) & Hint.HEADER) == 0
                        && (scored[s] && score[s] >= siblingThreshold || isProseParagraph(s))) {
                    roots.add(s);
                }
            }
            return roots;
        }

        /**
         * The run of like elements the content belongs to (posts of a thread, cards of a listing): from the
         * container up to {@value #UNIT_LEVELS} levels, the first element with at least
         * {@link TypeProfile#minUnits()} siblings and itself of one tag and first class name, and those
         * siblings that hold text outside furniture, in document order; null when there is no such run.
         */
        List<Integer> repeatedUnits(int top) {
            int x = top;
            for (int level = 0; level <= UNIT_LEVELS && x >= 0 && el.parent(x) >= 0; level++, x = el.parent(x)) {
                String sig = unitSignature(el, x);
                if (sig == null) continue;
                int parent = el.parent(x);
                var units = new ArrayList<Integer>();
                int withProse = 0;
                for (int s = parent + 1; s < n && el.contains(parent, s); s++) {
                    if (el.parent(s) == parent && furniture[s] == 0 && el.blockCount(s) > 0 && sig.equals(unitSignature(el, s))) {
                        units.add(s);
                        if (freeProse(s) > 0) withProse++;
                    }
                }
                // The cells of one post (the author's column, the message) are alike too: a run of posts has
                // prose in several of them.
                if (units.size() >= profile.minUnits() && withProse >= Math.min(2, profile.minUnits())) return units;
            }
            return null;
        }

        /**
         * The container and a run of items: the container with its siblings when it holds the run; the run
         * when it holds the container; else both, the container first where it comes first (a listing's
         * introduction above its cards).
         */
        List<Integer> withItems(int top, ItemRun items) {
            if (el.contains(top, items.parent())) return withSiblings(top);
            var roots = new ArrayList<Integer>();
            for (int i : items.items()) if (furniture[i] == 0) roots.add(i);
            boolean inside = false;
            for (int i : items.items()) inside |= el.contains(i, top);
            if (!inside && furniture[top] == 0) roots.add(top);
            roots.sort(Integer::compare);
            return roots;
        }

        /** A paragraph-like element with one block of prose: enough words, few links, a sentence's end. */
        private boolean isProseParagraph(int s) {
            if (el.kind(s) != TagKind.PARAGRAPH && el.kind(s) != TagKind.BLOCK) return false;
            if (el.blockCount(s) != 1 || el.childCount(s) != 0) return false;
            TextBlock b = blocks.get(el.firstBlock(s));
            if (b.words() < MIN_SIBLING_WORDS) return false;
            return b.chars() > SIBLING_PROSE_CHARS
                    ? b.linkDensity() < SIBLING_LINK_DENSITY
                    : b.linkChars() == 0 && b.endsLikeSentence();
        }
    }

    /**
     * Articles split into parts with the same markup (chunks between ads, sections of a long read): other
     * elements with the tag and class of the chosen container (or of the best-scoring one inside it) that
     * hold scored text, sit under a common ancestor at most {@value #SPLIT_LEVELS} levels up and are not in
     * furniture, join the content in document order.
     */
    private static void addSplitParts(ElementTable el, List<Integer> roots, boolean[] scored, int[] furniture,
                                      int firstTop, int top) {
        int n = el.size();
        var signatures = new ArrayList<String>();
        for (int t : new int[] {top, firstTop}) {
            String sig = signature(el, t);
            if (sig != null && !signatures.contains(sig)) signatures.add(sig);
        }
        if (signatures.isEmpty()) return;
        int scope = top;
        for (int k = 0; k < SPLIT_LEVELS && el.parent(scope) >= 0 && el.parent(el.parent(scope)) >= 0; k++) {
            scope = el.parent(scope);
        }
        var added = new ArrayList<Integer>();
        for (int i = scope; i < n && el.contains(scope, i); i++) {
            if (!scored[i] || furniture[i] != 0) continue;
            if (!signatures.contains(signature(el, i))) continue;
            boolean overlaps = false;
            for (int r : roots) overlaps |= el.contains(r, i) || el.contains(i, r);
            for (int r : added) overlaps |= el.contains(r, i) || el.contains(i, r);
            if (!overlaps) added.add(i);
        }
        if (added.isEmpty()) return;
        roots.addAll(added);
        roots.sort(Integer::compare);
    }

    /** The {@code <body>} element, else the root; -1 for a page without elements. */
    private static int body(ElementTable el) {
        for (int i = 0; i < Math.min(el.size(), 2); i++) {
            if ("body".equals(el.element(i).normalName())) return i;
        }
        return el.size() > 0 ? 0 : -1;
    }

    /** Tag and first class name ({@code div.post} for {@code <div class="post bg2">}); tag and digit-free id without a class. */
    static String unitSignature(ElementTable el, int i) {
        Element e = el.element(i);
        String cls = e.className().strip();
        if (!cls.isEmpty()) {
            int sp = cls.indexOf(' ');
            return e.normalName() + "." + (sp < 0 ? cls : cls.substring(0, sp));
        }
        String id = e.id();
        if (id.isEmpty()) return null;
        var sb = new StringBuilder(e.normalName()).append('#');
        for (int k = 0; k < id.length(); k++) if (!Character.isDigit(id.charAt(k))) sb.append(id.charAt(k));
        return sb.toString();
    }

    private static String signature(ElementTable el, int i) {
        String cls = el.element(i).className();
        return cls.isEmpty() ? null : el.element(i).normalName() + "." + cls;
    }

    private static void insertBest(int[] best, double[] score, int i) {
        for (int k = 0; k < best.length; k++) {
            if (best[k] < 0 || score[i] > score[best[k]]) {
                System.arraycopy(best, k, best, k + 1, best.length - k - 1);
                best[k] = i;
                return;
            }
        }
    }

    /** Furniture that the tag itself says. */
    private static int tagFurniture(TagKind kind) {
        return switch (kind) {
            case NAV -> Hint.NAVIGATION;
            case ASIDE -> Hint.SIDEBAR;
            case FOOTER -> Hint.FOOTER;
            case CAPTION -> Hint.CAPTION;
            case FORM -> Hint.PROMO;
            default -> 0;
        };
    }

    private static double prior(ElementTable el, int i) {
        double s = switch (el.kind(i)) {
            case BLOCK, ARTICLE, MAIN -> 5;
            case PRE, TABLE_CELL, QUOTE -> 3;
            case ADDRESS, LIST, LIST_ITEM, FORM -> -3;
            case HEADING -> -5;
            default -> 0;
        };
        int h = el.hints(i);
        if ((h & Hint.FURNITURE) != 0) s -= HINT_WEIGHT;
        if ((h & Hint.CONTENT) != 0) s += HINT_WEIGHT;
        if ((h & Hint.ARTICLE_BODY) != 0) s += ARTICLE_BODY_WEIGHT;
        return s;
    }

    private static boolean isParagraph(TextBlock b) {
        // a row of a data table is prose as its cells are: long cells of text (a training plan, a course
        // schedule), not a long row of short figures (a spec sheet, a ranking)
        return (b.cells() < 2 ? b.chars() : b.chars() / b.cells()) >= MIN_PARAGRAPH_CHARS && b.linkDensity() <= MAX_PARAGRAPH_LINK_DENSITY && b.headingLevel() == 0
                && !isCopyrightNotice(b);
    }

    /** A site's legal notice ("© News Agency …, 2004-2013"): long prose that is no article's; a copyright sign near its start tells it. */
    private static boolean isCopyrightNotice(TextBlock b) {
        String t = b.text();
        int c = t.indexOf('\u00a9');
        return c >= 0 && c < COPYRIGHT_WITHIN_CHARS;
    }

    /**
     * A heading named as related links or comments ({@code <h3 class="related-posts-title">}) opens a
     * section that runs to the end of its parent: the blocks after it there get its furniture bits, even
     * when the parent is not named so (the article container itself, or an unnamed wrapper). A heading
     * below text in its parent closes the article, so what follows it cannot be most of the page's prose.
     */
    private static int[] sectionFurniture(ElementTable el, int blockCount, int[] prosePrefix, int contentHints) {
        int[] section = new int[blockCount];
        int totalProse = prosePrefix[blockCount];
        for (int i = 0; i < el.size(); i++) {
            int bits = el.hints(i) & SECTION_FURNITURE & ~contentHints;
            int p = el.parent(i);
            if (el.kind(i) != TagKind.HEADING || bits == 0 || p < 0 || "body".equals(el.element(p).normalName())) continue;
            int from = el.endBlock(i);
            int to = el.endBlock(p);
            boolean opensParent = el.firstBlock(i) == el.firstBlock(p);
            if (!opensParent && prosePrefix[to] - prosePrefix[from] >= WRAPPER_SHARE * totalProse) continue;
            for (int b = from; b < to; b++) section[b] |= bits;
        }
        return section;
    }

    private static void decide(ElementTable el, List<TextBlock> blocks, int[] own, int[] section, int root,
                               String title, TypeProfile profile, List<Block> out) {
        String titleKey = title == null ? null : key(title);
        for (int bi = el.firstBlock(root); bi < el.endBlock(root); bi++) {
            TextBlock b = blocks.get(bi);
            Role role = role(b);
            int furniture = section[bi];
            for (int x = b.owner(); x >= 0 && x != root; x = el.parent(x)) furniture |= own[x];
            String reason = Hint.reason(furniture);
            if (reason != null) {
                out.add(new Block(Hint.role(furniture), b.text(), Decision.drop(STEP, reason)));
            } else if (b.headingLevel() > 0 && titleKey != null && key(b.text()).equals(titleKey)) {
                out.add(new Block(Role.TITLE, b.text(), Decision.drop(STEP, "title")));
            } else if (isLinkDense(b) && !(profile.linkedItems() && b.words() >= MIN_ITEM_TITLE_WORDS)) {
                out.add(new Block(Role.RELATED_LINK, b.text(), Decision.drop(STEP, "links")));
            } else if (isAdLabel(b.text())) {
                out.add(new Block(Role.AD, b.text(), Decision.drop(STEP, "ad-label")));
            } else {
                out.add(Block.kept(role, b.text()));
            }
        }
    }

    /**
     * A heading with no kept text after it, below kept text, heads something that was dropped ("Related
     * stories", "Comments").
     */
    static void dropTrailingHeadings(List<Block> out) {
        int last = out.size() - 1;
        while (last >= 0 && (!out.get(last).isKept() || isSectionHeading(out.get(last)))) last--;
        if (last < 0) return;   // nothing but headings: they are the content
        for (int i = last + 1; i < out.size(); i++) {
            Block b = out.get(i);
            if (b.isKept() && isSectionHeading(b)) out.set(i, b.withDecision(Decision.drop(STEP, "trailing-heading")));
        }
    }

    private static boolean endsWithFullStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\u201d' || text.charAt(i) == ')')) i--;
        return i > 0 && (text.charAt(i) == '.' || text.charAt(i) == '\u3002') && text.charAt(i - 1) != '.';
    }

    private static boolean isSectionHeading(Block b) {
        return b.role() == Role.HEADING && b.text().length() <= MAX_SECTION_HEADING_CHARS;
    }

    /**
     * Mostly link text: a menu, a list of headlines, a "read more". Several sentences of prose that
     * happen to open with a linked headline (listicles, news digests) are not.
     */
    static boolean isLinkDense(TextBlock b) {
        if (b.linkDensity() <= LINK_DENSE) return false;
        boolean prose = b.words() >= LINKED_PROSE_WORDS && b.sentenceEnds() >= LINKED_PROSE_SENTENCES;
        if (prose && b.linkDensity() <= LINKED_PROSE_MAX_DENSITY) return false;
        // A whole sentence that is a link (headlines do not end in a full stop).
        return !(b.words() >= LINKED_SENTENCE_WORDS && endsWithFullStop(b.text()));
    }

    private static Role role(TextBlock b) {
        if (b.headingLevel() > 0) return Role.HEADING;
        int c = b.context();
        if ((c & Context.CAPTION) != 0) return Role.CAPTION;
        if ((c & Context.PRE) != 0) return Role.CODE;
        if ((c & Context.QUOTE) != 0) return Role.QUOTE;
        if ((c & Context.LIST_ITEM) != 0) return Role.LIST_ITEM;
        if ((c & Context.TABLE) != 0) return Role.TABLE;
        return Role.BODY;
    }

    /**
     * The headline: JSON-LD's; else the first {@code <h1>} when the page's OpenGraph or {@code <title>}
     * title contains it (that drops the site name); else the OpenGraph title; else {@code <title>} without a
     * site name after a separator; else the first {@code <h1>}.
     */
    static String title(PageWalk walk, List<TextBlock> blocks) {
        PageMetadata m = walk.metadata();
        String ld = m.jsonLdHeadline();
        if (ld != null) return ld;
        String h1 = walk.firstH1Block() >= 0 ? blocks.get(walk.firstH1Block()).text().strip() : null;
        String og = m.ogTitle();
        String html = m.htmlTitle();
        String ogKey = og == null ? "" : key(og);
        String htmlKey = html == null ? "" : key(html);
        String bestHeading = null;
        int bestLength = 0;
        for (int bi : walk.topHeadingBlocks()) {
            String h = blocks.get(bi).text().strip();
            String k = key(h);
            boolean inOg = ogKey.contains(k) && 2 * k.length() >= ogKey.length();
            boolean inHtml = htmlKey.contains(k) && 2 * k.length() >= htmlKey.length();
            if (k.length() > bestLength && (inOg || inHtml)) {
                bestHeading = h;
                bestLength = k.length();
            }
        }
        if (bestHeading != null) return bestHeading;
        if (og != null) return og;
        if (html != null) return withoutSiteName(html);
        return h1;
    }

    /** {@code "Story title - Site"} to {@code "Story title"}: the longest part between title separators. */
    static String withoutSiteName(String title) {
        String best = title;
        for (String sep : TITLE_SEPARATORS) {
            int at = title.indexOf(sep);
            if (at < 0) continue;
            String left = title.substring(0, at).strip();
            String right = title.substring(at + sep.length()).strip();
            String longer = left.length() >= right.length() ? left : right;
            if (longer.length() < best.length() && !longer.isEmpty()) best = longer;
        }
        return best;
    }

    /** Letters and digits only, lower case: for comparing a heading with the headline. */
    static String key(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean isAdLabel(String text) {
        if (text.length() > MAX_AD_LABEL_CHARS) return false;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "advertisement", "advertising", "advertisment", "ad", "ads", "sponsored", "anzeige", "werbung",
                 "publicité", "publicidad", "pubblicità", "iklan", "reklame", "reklama", "реклама", "广告", "広告",
                 "story continues below advertisement", "article continues below advertisement",
                 "continue reading below", "scroll to continue with content" -> true;
            default -> false;
        };
    }
}
