package dev.saring.lang;

import java.util.Locale;

/**
 * Lingua's two modes. {@link #LOW} scores trigrams only: it loads in about a second and 70 MB for all 75
 * languages and, by Lingua's own reports, loses accuracy only on texts shorter than about 120 characters.
 * {@link #HIGH} adds uni-, bi-, quadri- and fivegrams for texts shorter than that: better on single
 * sentences, but all 75 languages take about 18 s and 1.45 GB of heap to load.
 */
public enum Accuracy {
    LOW,
    HIGH;

    /** The lower-case name used in settings: {@code low}, {@code high}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
