package dev.saring.extract.internal;

import dev.saring.model.Role;

/**
 * What an element's class, id, role or itemprop says it holds. Each hint is a bit of an {@code int};
 * {@link #FURNITURE} are the bits that mark page furniture.
 */
public final class Hint {

    public static final int COMMENTS = 1;
    public static final int RELATED = 1 << 1;
    public static final int SHARE = 1 << 2;
    public static final int AD = 1 << 3;
    public static final int NAVIGATION = 1 << 4;
    public static final int FOOTER = 1 << 5;
    public static final int SIDEBAR = 1 << 6;
    public static final int PROMO = 1 << 7;
    public static final int BYLINE = 1 << 8;
    public static final int CAPTION = 1 << 9;
    public static final int TAGS = 1 << 10;
    /** Hidden: by a class name (the walk skips it), or by a style or attribute (furniture unless overruled). */
    public static final int HIDDEN = 1 << 11;
    /** Class or id words of article text ({@code article-body}, {@code entry-content}). */
    public static final int CONTENT = 1 << 12;
    /** {@code itemprop="articleBody"} or {@code role="main"}-like markup: strong evidence of the body. */
    public static final int ARTICLE_BODY = 1 << 13;
    /** Site header or article header area ({@code header}, {@code masthead}). */
    public static final int HEADER = 1 << 14;
    /** A cookie or privacy consent dialog: furniture even where it holds most of a page's prose. */
    public static final int CONSENT = 1 << 15;

    /**
     * A widget or a layout column ({@code widget}, {@code rightcol}): a sidebar's parts on a blog, but any
     * component in many design systems (a product's description widget, a store's column of details), so
     * furniture only while it holds little prose.
     */
    public static final int WIDGET = 1 << 16;
    /**
     * Shown on paper only ({@code print-only}, {@code visible-print}): hidden on screen as by a style, so walked
     * as furniture the selector may overrule (a print page's article), not skipped as screen-reader text is.
     */
    public static final int PRINT_ONLY = 1 << 17;

    /** The bits that mark furniture. */
    public static final int FURNITURE = COMMENTS | RELATED | SHARE | AD | NAVIGATION | FOOTER | SIDEBAR | PROMO
            | BYLINE | CAPTION | TAGS | CONSENT | HIDDEN | WIDGET;

    private Hint() {
    }

    /** The strongest furniture reason among {@code bits}, as a short label for a dropped block; null if none. */
    public static String reason(int bits) {
        if ((bits & COMMENTS) != 0) return "comments";
        if ((bits & RELATED) != 0) return "related";
        if ((bits & SHARE) != 0) return "share";
        if ((bits & AD) != 0) return "ad";
        if ((bits & PROMO) != 0) return "promo";
        if ((bits & CONSENT) != 0) return "consent";
        if ((bits & NAVIGATION) != 0) return "navigation";
        if ((bits & FOOTER) != 0) return "footer";
        if ((bits & (SIDEBAR | WIDGET)) != 0) return "sidebar";
        if ((bits & TAGS) != 0) return "tags";
        if ((bits & BYLINE) != 0) return "byline";
        if ((bits & CAPTION) != 0) return "caption";
        if ((bits & HIDDEN) != 0) return "hidden";
        return null;
    }

    /** The role a block gets when it is dropped for the furniture in {@code bits}. */
    public static Role role(int bits) {
        if ((bits & RELATED) != 0) return Role.RELATED_LINK;
        if ((bits & SHARE) != 0) return Role.SHARE;
        if ((bits & AD) != 0) return Role.AD;
        if ((bits & (NAVIGATION | TAGS)) != 0) return Role.NAVIGATION;
        if ((bits & (FOOTER | CONSENT)) != 0) return Role.LEGAL;
        if ((bits & BYLINE) != 0) return Role.CREDITS;
        if ((bits & CAPTION) != 0) return Role.CAPTION;
        return Role.BOILERPLATE;
    }
}
