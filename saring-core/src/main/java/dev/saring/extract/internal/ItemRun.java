package dev.saring.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longest run of like items on a page: children of one element with one tag and first class name
 * (cards, result rows), each holding a linked title of a few words, outside named furniture. Such a run that
 * holds a good share of the page's text is what a listing is made of.
 *
 * @param parent  ordinal of the element whose children the items are
 * @param items   ordinals of the items, in document order
 * @param chars   characters of text in the items
 */
record ItemRun(int parent, List<Integer> items, int chars) {

    /** Items a run has at least. */
    static final int MIN_ITEMS = 6;
    /** Share of the page's text (outside named furniture) the items hold at least. */
    static final double MIN_SHARE = 0.3;
    /** Words of a linked title (menus have one or two). */
    static final int TITLE_WORDS = 3;
    static final double TITLE_LINK_DENSITY = 0.5;
    /** Items shorter than this on average are bare headlines, without a summary of their own. */
    static final int HEADLINE_ITEM_CHARS = 120;
    /** Prose outside a run of bare headlines that makes the page an article with a headline list. */
    static final int ARTICLE_PROSE_CHARS = 800;
    /** Linked titles an item holds on average that make the run boxes of links, not items. */
    static final int LINK_BOX_TITLES = 3;
    /** Prose outside a run of link boxes that makes the page an article. */
    static final int LINK_BOX_PROSE_CHARS = 400;
    /** Items shorter than this on average are teasers: a headline and a summary. */
    static final int TEASER_ITEM_CHARS = 600;
    /** Prose outside a run of teasers, as a share of the teasers' text, that makes the page an article. */
    static final double ARTICLE_SHARE_OF_ITEMS = 0.6;
    static final int PROSE_BLOCK_CHARS = 200;
    static final double PROSE_LINK_DENSITY = 0.2;

    /** The longest run of items on the page that holds enough of its text, or null. */
    static ItemRun find(ElementTable el, List<TextBlock> blocks) {
        int n = el.size();
        int m = blocks.size();
        int[] titles = new int[m + 1];
        int[] chars = new int[m + 1];
        for (int i = 0; i < m; i++) {
            TextBlock b = blocks.get(i);
            titles[i + 1] = titles[i] + (b.linkDensity() > TITLE_LINK_DENSITY && b.words() >= TITLE_WORDS ? 1 : 0);
            chars[i + 1] = chars[i] + b.chars();
        }
        boolean[] furniture = new boolean[n];
        int furnitureChars = 0;
        for (int i = 0; i < n; i++) {
            int p = el.parent(i);
            boolean own = (el.hints(i) & Hint.FURNITURE) != 0 || isFurnitureTag(el.kind(i));
            furniture[i] = own || p >= 0 && furniture[p];
            if (own && (p < 0 || !furniture[p])) furnitureChars += chars[el.endBlock(i)] - chars[el.firstBlock(i)];
        }
        int pageChars = chars[m] - furnitureChars;
        ItemRun best = null;
        var groups = new HashMap<Long, List<Integer>>();
        for (int i = 0; i < n; i++) {
            int p = el.parent(i);
            if (p < 0 || furniture[i] || titles[el.endBlock(i)] == titles[el.firstBlock(i)]) continue;
            String sig = ContentSelector.unitSignature(el, i);
            if (sig == null) continue;
            groups.computeIfAbsent(((long) p << 32) | (sig.hashCode() & 0xffffffffL), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Long, List<Integer>> g : groups.entrySet()) {
            List<Integer> items = g.getValue();
            if (items.size() < MIN_ITEMS || best != null && items.size() <= best.items.size()) continue;
            int c = 0;
            for (int i : items) c += chars[el.endBlock(i)] - chars[el.firstBlock(i)];
            if (c < MIN_SHARE * pageChars) continue;
            // A news page often ends in dozens of bare headlines, or in teasers with a summary each; its own prose
            // says it is an article: 800+ characters of it beside bare headlines, or as much as most of the teasers.
            // (Items longer than a teaser are posts or entries of their own, as the answers of a Q&A page.)
            boolean headlines = c < HEADLINE_ITEM_CHARS * items.size();
            boolean teasers = c < TEASER_ITEM_CHARS * items.size();
            int titlesInItems = 0;
            for (int i : items) titlesInItems += titles[el.endBlock(i)] - titles[el.firstBlock(i)];
            // an item of a listing has one title; "items" of several are boxes of links ("most read", a
            // category's latest) beside an article, which its own prose shows
            boolean linkBoxes = titlesInItems >= LINK_BOX_TITLES * items.size();
            int prose = headlines || teasers || linkBoxes ? proseOutside(el, blocks, items, furniture) : 0;
            if (prose >= ARTICLE_PROSE_CHARS && (headlines || prose >= ARTICLE_SHARE_OF_ITEMS * c)) continue;
            if (linkBoxes && prose >= LINK_BOX_PROSE_CHARS) continue;
            best = new ItemRun((int) (g.getKey() >>> 32), List.copyOf(items), c);
        }
        return best;
    }

    /** Characters of sentence-ending, link-poor paragraphs outside the items and outside named furniture. */
    private static int proseOutside(ElementTable el, List<TextBlock> blocks, List<Integer> items, boolean[] furniture) {
        boolean[] inItem = new boolean[blocks.size()];
        for (int i : items) {
            for (int b = el.firstBlock(i); b < el.endBlock(i); b++) inItem[b] = true;
        }
        int prose = 0;
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock t = blocks.get(b);
            if (inItem[b] || t.owner() >= 0 && t.owner() < furniture.length && furniture[t.owner()]) continue;
            if (t.chars() >= PROSE_BLOCK_CHARS && t.linkDensity() <= PROSE_LINK_DENSITY && t.headingLevel() == 0
                    && t.endsLikeSentence()) prose += t.chars();
        }
        return prose;
    }

    private static boolean isFurnitureTag(TagKind k) {
        return k == TagKind.NAV || k == TagKind.ASIDE || k == TagKind.FOOTER || k == TagKind.FORM;
    }
}
