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
            best = new ItemRun((int) (g.getKey() >>> 32), List.copyOf(items), c);
        }
        return best;
    }

    private static boolean isFurnitureTag(TagKind k) {
        return k == TagKind.NAV || k == TagKind.ASIDE || k == TagKind.FOOTER || k == TagKind.FORM;
    }
}
