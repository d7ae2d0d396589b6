package dev.saring.extract.internal;

import dev.saring.extract.PageType;

/**
 * What a page's type changes in the choice of its main content, as settings of the one selection rather
 * than a selection per type.
 *
 * @param contentHints  furniture names that are content on this kind of page (a thread's posts are named
 *                      {@code comment} and carry their authors' bylines)
 * @param repeatedUnits the content is a run of like elements (posts, item cards): the container climbs to the
 *                      element that repeats and takes every element like it
 * @param minUnits      elements like it, itself included, that make a run
 * @param linkedItems   linked titles (an item's headline) are content, not link lists
 */
record TypeProfile(int contentHints, boolean repeatedUnits, int minUnits, boolean linkedItems) {

    private static final TypeProfile ARTICLE = new TypeProfile(0, false, 0, false);
    private static final TypeProfile FORUM = new TypeProfile(Hint.COMMENTS | Hint.BYLINE, true, 2, false);
    private static final TypeProfile LISTING = new TypeProfile(0, true, 4, true);
    /** A product's description and specifications are often in tabs hidden until clicked. */
    private static final TypeProfile PRODUCT = new TypeProfile(Hint.HIDDEN, false, 0, false);

    static TypeProfile of(PageType type) {
        return switch (type) {
            case FORUM -> FORUM;
            case LISTING -> LISTING;
            case PRODUCT -> PRODUCT;
            default -> ARTICLE;
        };
    }
}
