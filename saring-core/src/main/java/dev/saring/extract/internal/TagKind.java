package dev.saring.extract.internal;

/** What the walk does with an element, by tag name. */
public enum TagKind {
    /** Never text: scripts, styles, media, form controls. Skipped with everything inside. */
    IGNORE,
    /** Line break inside a block. */
    BREAK,
    /** Thematic break: ends a block. */
    RULE,
    /** Phrasing content: its text joins the surrounding block. */
    INLINE,
    /** A hyperlink: its text counts as link text. */
    LINK,
    /** A generic block container. */
    BLOCK,
    PARAGRAPH,
    HEADING,
    LIST,
    LIST_ITEM,
    TABLE,
    TABLE_ROW,
    TABLE_CELL,
    QUOTE,
    PRE,
    FIGURE,
    CAPTION,
    ARTICLE,
    MAIN,
    NAV,
    ASIDE,
    FOOTER,
    HEADER,
    FORM,
    ADDRESS;

    /** Whether an element of this kind starts and ends a text block. */
    public boolean isBlock() {
        return ordinal() >= BLOCK.ordinal();
    }

    /** The kind of an element from its normalised (lower-case) tag name. */
    public static TagKind of(String tag) {
        return switch (tag) {
            case "script", "style", "template", "svg", "math", "iframe", "frame", "canvas", "video",
                 "audio", "object", "embed", "applet", "button", "select", "option", "optgroup", "input",
                 "textarea", "datalist", "output", "progress", "meter", "img", "picture", "source", "track",
                 "map", "area", "head", "title", "meta", "link", "base", "dialog", "param", "wbr", "slot" -> IGNORE;
            case "br" -> BREAK;
            case "hr" -> RULE;
            case "a" -> LINK;
            case "p" -> PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> HEADING;
            case "ul", "ol", "dl", "menu", "dir" -> LIST;
            case "li", "dt", "dd" -> LIST_ITEM;
            case "table", "thead", "tbody", "tfoot", "colgroup" -> TABLE;
            case "tr" -> TABLE_ROW;
            case "td", "th" -> TABLE_CELL;
            case "blockquote" -> QUOTE;
            case "pre", "listing", "plaintext", "xmp" -> PRE;
            case "figure" -> FIGURE;
            case "figcaption", "caption" -> CAPTION;
            case "article" -> ARTICLE;
            case "main" -> MAIN;
            case "nav" -> NAV;
            case "aside" -> ASIDE;
            case "footer" -> FOOTER;
            case "header" -> HEADER;
            case "form" -> FORM;
            case "address" -> ADDRESS;
            // noscript: what a page shows without scripts, often the whole of a thread or a listing (the
            // crawler view of Discourse); a "please enable JavaScript" line there scores like any menu line
            case "div", "section", "center", "details", "summary", "fieldset", "legend", "hgroup", "body", "html",
                 "frameset", "noframes", "search", "noscript" -> BLOCK;
            default -> tag.indexOf('-') > 0 ? BLOCK : INLINE;   // custom elements mostly wrap blocks
        };
    }

    /** The heading level of {@code h1}..{@code h6}, else 0. */
    public static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }
}
