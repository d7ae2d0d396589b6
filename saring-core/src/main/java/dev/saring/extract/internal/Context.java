package dev.saring.extract.internal;

/** Bits saying which kinds of elements surround a text block (from the root of the page down). */
public final class Context {

    public static final int LINK = 1;
    public static final int HEADING = 1 << 1;
    public static final int LIST_ITEM = 1 << 2;
    public static final int TABLE = 1 << 3;
    public static final int QUOTE = 1 << 4;
    public static final int PRE = 1 << 5;
    public static final int CAPTION = 1 << 6;
    public static final int FIGURE = 1 << 7;
    public static final int NAV = 1 << 8;
    public static final int ASIDE = 1 << 9;
    public static final int FOOTER = 1 << 10;
    public static final int HEADER = 1 << 11;
    public static final int FORM = 1 << 12;
    public static final int ARTICLE = 1 << 13;
    public static final int MAIN = 1 << 14;
    public static final int ADDRESS = 1 << 15;
    public static final int LIST = 1 << 16;
    public static final int CODE = 1 << 17;

    private Context() {
    }

    /** The bit an element of this kind adds to the context of the text inside it. */
    public static int of(TagKind kind) {
        return switch (kind) {
            case LINK -> LINK;
            case HEADING -> HEADING;
            case LIST_ITEM -> LIST_ITEM;
            case LIST -> LIST;
            case TABLE, TABLE_ROW, TABLE_CELL -> TABLE;
            case QUOTE -> QUOTE;
            case PRE -> PRE;
            case CAPTION -> CAPTION;
            case FIGURE -> FIGURE;
            case NAV -> NAV;
            case ASIDE -> ASIDE;
            case FOOTER -> FOOTER;
            case HEADER -> HEADER;
            case FORM -> FORM;
            case ARTICLE -> ARTICLE;
            case MAIN -> MAIN;
            case ADDRESS -> ADDRESS;
            default -> 0;
        };
    }
}
