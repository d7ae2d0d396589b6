package dev.saring.extract;

import java.util.Locale;

/**
 * The kind of page an HTML document is, as the extractor recognises it (from schema.org types in JSON-LD and
 * microdata, OpenGraph, the generator, the URL's shape and repeated item blocks). The kind decides what is
 * main content: the posts of a thread, a product's description and specifications, the items of a listing.
 * The extractor records it as {@code meta.page_type}, with what it saw as {@code meta.page_type_evidence}.
 *
 * <pre>{@code
 * PageType.fromLabel("forum");   // FORUM
 * PageType.FORUM.label();        // "forum"
 * }</pre>
 */
public enum PageType {
    /** A news story, blog post, essay: one text with a headline (also the fallback without evidence). */
    ARTICLE,
    /** A discussion thread or questions and answers: every post is content. */
    FORUM,
    /** A product page: name, description, specifications. */
    PRODUCT,
    /** A list or collection of items (a category, search results, a hub page): each item's title and summary. */
    LISTING,
    /** Documentation: prose with code blocks, tables and headings. */
    DOCUMENTATION,
    /** A company's page about what it offers: its body, not the calls to action. */
    SERVICE;

    /** Lower-case name, as in {@code meta.page_type}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code label} (case-insensitive). */
    public static PageType fromLabel(String label) {
        for (PageType t : values()) {
            if (t.label().equalsIgnoreCase(label)) return t;
        }
        throw new IllegalArgumentException("unknown page type '" + label + "': allowed are article, forum, product,"
                + " listing, documentation, service");
    }
}
