package dev.saring.model;

import java.util.Locale;

/**
 * What a block or line of a page is. The names are those of the {@code *.labels.tsv} files
 * ({@link #label()}), so that decisions can be scored against labelled pages.
 */
public enum Role {
    TITLE,
    HEADING,
    BODY,
    LIST_HEADING,
    LIST_ITEM,
    TABLE,
    QUOTE,
    CODE,
    CAPTION,
    RELATED_LINK,
    SEPARATOR,
    NAVIGATION,
    CREDITS,
    LEGAL,
    SHARE,
    AD,
    BOILERPLATE,
    OTHER;

    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The kebab-case name used in labelled files and JSON: {@code list-item}. */
    public String label() {
        return label;
    }

    /** The role with that label ({@code "related-link"}), or {@link #OTHER} when none has it. */
    public static Role fromLabel(String label) {
        for (Role r : values()) {
            if (r.label.equals(label)) return r;
        }
        return OTHER;
    }
}
