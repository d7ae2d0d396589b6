package dev.saring.dedup;

import java.util.Locale;

/**
 * Which document of a duplicate cluster is kept. Both are deterministic: ties are broken by input order
 * ({@link dev.saring.model.Source#ordinal()}), never by thread timing.
 */
public enum KeepRule {
    /** The first in input order. */
    FIRST,
    /** The one with the most words; among equals, the first in input order. */
    LONGEST;

    /**
     * True if the document at {@code ordinalA} with {@code wordsA} words is kept rather than the one at
     * {@code ordinalB}: the one rule both runners pick a cluster's keeper by.
     */
    public boolean before(long ordinalA, int wordsA, long ordinalB, int wordsB) {
        if (this == LONGEST && wordsA != wordsB) return wordsA > wordsB;
        return ordinalA < ordinalB;
    }

    /** The config name: {@code first}, {@code longest}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KeepRule fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
