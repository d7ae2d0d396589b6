package dev.saring.extract.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one walk over a parsed page. Skips what is never text (scripts, styles, media, form controls,
 * hidden elements), gathers {@link PageMetadata}, registers block-level elements in an
 * {@link ElementTable} and cuts the text into {@link TextBlock}s at block boundaries, measuring each as it
 * goes (no second pass over the text).
 *
 * <p>Work is bounded: the walk stops at {@code maxNodes} nodes, at a depth of {@code maxDepth}, or at the
 * deadline, and says which in {@link #stopReason()}. Not thread-safe: one per page.
 */
public final class PageWalk implements NodeFilter {

    /** Why a walk stopped early. */
    public enum Stop { NONE, TOO_MANY_NODES, TOO_DEEP, TIMEOUT }

    private static final int DEADLINE_CHECK_INTERVAL = 1024;
    private static final int INITIAL_DEPTH = 64;
    private static final int MAX_TOP_HEADINGS = 64;

    private final int maxNodes;
    private final int maxDepth;
    private final long deadlineNanos;

    private final ElementTable elements = new ElementTable();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final PageMetadata meta = new PageMetadata();
    private final HintClassifier hints = new HintClassifier();

    /** Per traversal depth: context bits, registered element ordinal (or -1), heading level. */
    private int[] ctxAt = new int[INITIAL_DEPTH];
    private int[] ordinalAt = new int[INITIAL_DEPTH];
    private int[] headingAt = new int[INITIAL_DEPTH];
    private int currentOwner = -1;
    private int nodes;
    private Stop stop = Stop.NONE;
    private int firstH1Block = -1;
    private final List<Integer> topHeadingBlocks = new ArrayList<>();

    private final StringBuilder buf = new StringBuilder(1024);
    private boolean pendingSpace;
    /** Data cells with text joined into the current block (a table row). */
    private int cells;
    /** A data cell began and has no text yet. */
    private boolean cellStart;
    private int chars;
    private int linkChars;
    private int words;
    private int ideographs;
    private int sentenceEnds;
    private int commas;
    private boolean inWord;
    private char lastPunct;

    public PageWalk(int maxNodes, int maxDepth, long deadlineNanos) {
        this.maxNodes = maxNodes;
        this.maxDepth = maxDepth;
        this.deadlineNanos = deadlineNanos;
    }

    /** Walks {@code root} (the document's {@code <html>} element). */
    public void run(Element root) {
        lang(root);
        NodeTraversor.filter(this, root);
        flush();
        while (currentOwner >= 0) {
            elements.close(currentOwner, blocks.size());
            currentOwner = elements.parent(currentOwner);
        }
    }

    private void lang(Element root) {
        String l = root.attr("lang");
        if (l.isEmpty()) l = root.attr("xml:lang");
        meta.lang(l);
    }

    public ElementTable elements() {
        return elements;
    }

    public List<TextBlock> blocks() {
        return blocks;
    }

    public PageMetadata metadata() {
        return meta;
    }

    public Stop stopReason() {
        return stop;
    }

    /** Indexes of the first blocks inside {@code <h1>} or {@code <h2>}, in page order. */
    public List<Integer> topHeadingBlocks() {
        return topHeadingBlocks;
    }

    /** Index of the first block inside an {@code <h1>}, or -1. */
    public int firstH1Block() {
        return firstH1Block;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++nodes > maxNodes) return stop(Stop.TOO_MANY_NODES);
        if ((nodes & (DEADLINE_CHECK_INTERVAL - 1)) == 0 && System.nanoTime() > deadlineNanos) return stop(Stop.TIMEOUT);
        if (depth >= maxDepth) return stop(Stop.TOO_DEEP);
        if (node instanceof TextNode t) {
            if (isMarkupAsText(t)) return FilterResult.SKIP_ENTIRELY;
            int ctx = depth > 0 ? ctxAt[depth - 1] : 0;
            appendText(t.getWholeText(), ctx);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
        ensureDepth(depth);
        String tag = e.normalName();
        if ("head".equals(tag)) {
            readHead(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        TagKind kind = TagKind.of(tag);
        // An accordion's question is a heading set in its toggle button (FAQs of service and product pages)
        if (kind == TagKind.IGNORE && "button".equals(tag) && holdsHeading(e)) kind = TagKind.BLOCK;
        if (kind == TagKind.IGNORE) {
            ignored(e, tag);
            return FilterResult.SKIP_ENTIRELY;
        }
        int parentCtx = depth > 0 ? ctxAt[depth - 1] : 0;
        int parentHeading = depth > 0 ? headingAt[depth - 1] : 0;
        // The root and the body name the whole page (its type, feature flags): no hint about a part of it.
        boolean whole = depth <= 1 || "body".equals(tag);
        // A heading's id is the anchor a table of contents links to ("toc_cloud-stocks", "comments-policy"),
        // not the role of what it heads
        int h = e.attributesSize() == 0 || whole ? 0
                : hints.classify(e.attr("class"), kind == TagKind.HEADING ? "" : e.id(), e.attr("role"), e.attr("itemprop"));
        if ((h & Hint.HIDDEN) != 0) {
            // an accordion's answer or a tab's panel is hidden until the reader opens it: content
            if (!opensOnDemand(e)) return FilterResult.SKIP_ENTIRELY;
            h &= ~Hint.HIDDEN;
        }
        // A block hidden by its style or attribute (or shown on paper only) is walked all the same, as furniture the selector may
        // overrule (a product's tabs, a whole page a script reveals); hidden inline text (a formula's
        // fallback) and anything hidden by a class name (screen-reader text) are skipped.
        boolean printOnly = (h & Hint.PRINT_ONLY) != 0;
        h &= ~Hint.PRINT_ONLY;
        if (!whole && (printOnly || isHidden(e)) && !opensOnDemand(e)) {
            if (!kind.isBlock()) return FilterResult.SKIP_ENTIRELY;
            h |= Hint.HIDDEN;
        }
        if (e.attributesSize() > 0) microdata(e, tag);
        switch (kind) {
            case BREAK -> {
                lineBreak();
                ordinalAt[depth] = -1;
                ctxAt[depth] = parentCtx;
                headingAt[depth] = parentHeading;
                return FilterResult.SKIP_ENTIRELY;
            }
            case RULE -> {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            default -> { }
        }
        int ctx = parentCtx | Context.of(kind);
        if (kind == TagKind.LINK && !isRealLink(e)) ctx &= ~Context.LINK | (parentCtx & Context.LINK);
        if ("code".equals(tag) || "kbd".equals(tag) || "samp".equals(tag)) ctx |= Context.CODE;
        int level = kind == TagKind.HEADING ? TagKind.headingLevel(tag) : parentHeading;
        ctxAt[depth] = ctx;
        headingAt[depth] = level;
        // A data table's row is one line, its cells joined by " | " (as Markdown and trafilatura write tables):
        // a cell per line made a table of numbers look like a page of repeated short lines to the quality
        // filters. A cell holding blocks (a layout table's column) stays a block.
        if (kind == TagKind.TABLE_CELL && (h & Hint.FURNITURE) == 0 && holdsNoBlock(e)) {
            cellStart = true; // the separator comes with the cell's first character: an empty cell adds none
            inWord = false;
            ordinalAt[depth] = -1;
            return FilterResult.CONTINUE;
        }
        // An inline element named as furniture (a byline span) is cut out as a block of its own; links and
        // content names on inline elements say nothing a paragraph needs split for.
        boolean register = kind.isBlock() || kind != TagKind.LINK && (h & Hint.FURNITURE) != 0;
        if (register) {
            flush();
            TagKind k = kind.isBlock() ? kind : TagKind.BLOCK;
            currentOwner = elements.open(e, currentOwner, depth, k, h, blocks.size(), ctx, level);
            ordinalAt[depth] = currentOwner;
        } else {
            ordinalAt[depth] = -1;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && depth < ordinalAt.length && ordinalAt[depth] >= 0) {
            int ord = ordinalAt[depth];
            if (ord == currentOwner) {
                flush();
                elements.close(ord, blocks.size());
                currentOwner = elements.parent(ord);
            }
            ordinalAt[depth] = -1;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * The content of a {@code <noscript>} saved by a browser that ran scripts is its markup as text
     * ({@code &lt;img src=...&gt;}, a tracking pixel or an ad link): not words of the page.
     */
    private static boolean isMarkupAsText(TextNode t) {
        Node parent = t.parentNode();
        if (!(parent instanceof Element p) || !"noscript".equals(p.normalName())) return false;
        String s = t.getWholeText();
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == '<';
    }

    private FilterResult stop(Stop why) {
        stop = why;
        return FilterResult.STOP;
    }

    private void ensureDepth(int depth) {
        if (depth >= ctxAt.length) {
            int n = Math.max(depth + 1, ctxAt.length * 2);
            ctxAt = Arrays.copyOf(ctxAt, n);
            ordinalAt = Arrays.copyOf(ordinalAt, n);
            headingAt = Arrays.copyOf(headingAt, n);
        }
    }

    private void readHead(Element head) {
        for (Element c : head.children()) {
            switch (c.normalName()) {
                case "title" -> meta.htmlTitle(c.text());
                case "meta" -> meta.meta(c.attr("name"), c.attr("property"), c.attr("itemprop"), c.attr("content"));
                case "link" -> {
                    if ("canonical".equalsIgnoreCase(c.attr("rel").strip())) meta.canonical(c.attr("href"));
                }
                case "script" -> {
                    if (isJsonLd(c)) meta.jsonLd(c.data());
                }
                default -> { }
            }
        }
    }

    private void ignored(Element e, String tag) {
        switch (tag) {
            case "script" -> {
                if (isJsonLd(e)) meta.jsonLd(e.data());
            }
            case "meta" -> meta.meta(e.attr("name"), e.attr("property"), e.attr("itemprop"), e.attr("content"));
            case "link" -> {
                if ("canonical".equalsIgnoreCase(e.attr("rel").strip())) meta.canonical(e.attr("href"));
            }
            case "title" -> meta.htmlTitle(e.text());
            default -> { }
        }
    }

    private static boolean isJsonLd(Element script) {
        return script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json");
    }

    private void microdata(Element e, String tag) {
        if ("time".equals(tag)) meta.time(e.attr("datetime"));
        if (e.hasAttr("itemtype")) meta.itemType(e.attr("itemtype"));
        String itemprop = e.attr("itemprop");
        if (itemprop.isEmpty()) return;
        switch (itemprop) {
            case "datePublished" -> {
                String v = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
                meta.microdata(itemprop, v.isEmpty() ? e.text() : v);
            }
            case "author", "creator" -> {
                String v = e.attr("content");
                if (v.isEmpty()) {
                    Element name = e.selectFirst("[itemprop=name]");
                    v = name != null ? name.text() : e.text();
                }
                meta.microdata(itemprop, v);
            }
            default -> { }
        }
    }

    /** A link that goes somewhere: an {@code href} that is not a {@code javascript:} handler. */
    private static boolean isRealLink(Element a) {
        String href = a.attr("href");
        return !href.isEmpty() && !href.regionMatches(true, 0, "javascript:", 0, "javascript:".length());
    }

    /** Between the cells of a table row on its line. */
    static final String CELL_SEPARATOR = " | ";

    /**
     * Whether no element under {@code e} starts a block of its own (only text, links, inline markup, breaks).
     * Walks the subtree without recursion, however deep the inline markup is nested; skipped elements
     * (scripts, media, breaks) are not entered.
     */
    private static boolean holdsNoBlock(Element e) {
        Element c = e.firstElementChild();
        while (c != null) {
            TagKind k = TagKind.of(c.normalName());
            if (k.isBlock() || k == TagKind.RULE) return false;
            Element next = k == TagKind.IGNORE || k == TagKind.BREAK ? null : c.firstElementChild();
            // no child to enter: the next sibling, else that of the nearest ancestor below e that has one
            for (Element up = c; next == null && up != e; up = up.parent()) next = up.nextElementSibling();
            c = next;
        }
        return true;
    }

    /** A button that holds a heading element among its children. */
    private static boolean holdsHeading(Element button) {
        for (Element c : button.children()) {
            if (TagKind.of(c.normalName()) == TagKind.HEADING) return true;
        }
        return false;
    }

    /**
     * A block the reader opens: a tab's panel ({@code role="tabpanel"}: code samples per language, a
     * product's specifications), or an accordion's, right after the button that toggles it.
     */
    private static boolean opensOnDemand(Element e) {
        if ("tabpanel".equals(e.attr("role"))) return true;
        Element prev = e.previousElementSibling();
        return prev != null && ("button".equals(prev.normalName()) || prev.hasAttr("aria-expanded"));
    }

    private static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        return hasDeclaration(style, "display", "none") || hasDeclaration(style, "visibility", "hidden");
    }

    /** Whether a style attribute sets {@code property: value}, ignoring case and spaces. */
    static boolean hasDeclaration(String style, String property, String value) {
        int n = style.length();
        for (int i = 0; i < n; i++) {
            if (!style.regionMatches(true, i, property, 0, property.length())) continue;
            int j = i + property.length();
            while (j < n && style.charAt(j) == ' ') j++;
            if (j >= n || style.charAt(j) != ':') continue;
            j++;
            while (j < n && style.charAt(j) == ' ') j++;
            if (style.regionMatches(true, j, value, 0, value.length())) return true;
        }
        return false;
    }

    private void appendText(String s, int ctx) {
        boolean pre = (ctx & Context.PRE) != 0;
        boolean link = (ctx & Context.LINK) != 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') continue;
            if (isSpace(c)) {
                if (pre && c == '\n') {
                    newline();
                } else if (buf.length() > 0) {
                    pendingSpace = true;
                }
                inWord = false;
                continue;
            }
            if (cellStart) {
                cells++;
                if (buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') buf.append(CELL_SEPARATOR);
                cellStart = false;
                pendingSpace = false;
            } else if (pendingSpace) {
                char last = buf.charAt(buf.length() - 1);
                if (last != '\n') buf.append(' ');
                pendingSpace = false;
            }
            buf.append(c);
            chars++;
            if (link) linkChars++;
            count(c);
        }
    }

    private void count(char c) {
        if (c >= '\u3040' && (c <= '\u30ff' || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff'))) {
            ideographs++;
            inWord = false;
        } else if (Character.isLetterOrDigit(c)) {
            if (!inWord) words++;
            inWord = true;
            lastPunct = 0;
            return;
        } else {
            inWord = false;
        }
        switch (c) {
            case '.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', '\u061f', '\u0964' -> {
                if (lastPunct == 0) sentenceEnds++;
                lastPunct = c;
            }
            case ',', '\uff0c', '\u3001', '\u060c' -> {
                commas++;
                lastPunct = 0;
            }
            default -> lastPunct = 0;
        }
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
                || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u0085';
    }

    private void lineBreak() {
        newline();
        inWord = false;
    }

    private void newline() {
        pendingSpace = false;
        int len = buf.length();
        if (len > 0 && buf.charAt(len - 1) != '\n') buf.append('\n');
    }

    private void flush() {
        int len = buf.length();
        while (len > 0 && (buf.charAt(len - 1) == '\n' || buf.charAt(len - 1) == ' ')) len--;
        if (chars > 0 && len > 0) {
            buf.setLength(len);
            int w = words + (ideographs + 1) / 2;
            int blockContext = currentOwner >= 0 ? elements.context(currentOwner) : 0;
            int blockHeading = currentOwner >= 0 ? elements.heading(currentOwner) : 0;
            if (blockHeading == 1 && firstH1Block < 0) firstH1Block = blocks.size();
            if (blockHeading >= 1 && blockHeading <= 2 && topHeadingBlocks.size() < MAX_TOP_HEADINGS) {
                topHeadingBlocks.add(blocks.size());
            }
            blocks.add(new TextBlock(buf.toString(), currentOwner, blockContext, blockHeading, chars, linkChars, w,
                    sentenceEnds, commas, cells));
        }
        buf.setLength(0);
        pendingSpace = false;
        chars = 0;
        linkChars = 0;
        words = 0;
        ideographs = 0;
        sentenceEnds = 0;
        commas = 0;
        cells = 0;
        cellStart = false;
        inWord = false;
        lastPunct = 0;
    }
}
