package dev.saring.clean;

import java.util.Locale;

/**
 * What a furniture phrase of the {@link PhraseTable} says about the line or piece of text it starts or fills.
 *
 * <pre>{@code
 * PhraseKind.fromLabel("related");   // RELATED
 * PhraseKind.RELATED.reason();       // "phrase:related"
 * }</pre>
 */
public enum PhraseKind {
    /** Prefix of a link to another article: "Baca juga", "Read more", "Lesen Sie auch". */
    RELATED,
    /** Prefix of a promotion of the site itself: "Saksikan video pilihan", "Follow us on". */
    PROMO,
    /** A whole line that labels a list of headlines: "Terpopuler", "Most popular". */
    SECTION,
    /** A whole line that opens the comments: "Comments", "Leave a reply". */
    COMMENTS,
    /** A whole line that is a share button: "Share", "Facebook", "Bagikan". */
    SHARE,
    /** A whole line that is a navigation item: "Home", "Next", "Beranda". */
    NAV,
    /** Found anywhere in a short line: "All rights reserved", "Privacy policy". */
    LEGAL,
    /** An inline marker cut out where it stands: "ADVERTISEMENT", "[Gambas:Video CNN]". */
    MARKER,
    /** Prefix of a credits line or suffix: "Editor:", "Penulis:", "Reporting by". */
    CREDITS,
    /** A word that stays lowercase inside a title-case headline: "di", "of", "und". */
    MINOR,
    /** A word of dates and times: month and weekday names, "ago", time zones. */
    DATE,
    /** The verb that ends a comment's header: "lonespeed says:", "Budi menulis:". */
    SAYS;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The name used in the phrase table: {@code related}. */
    public String label() {
        return label;
    }

    /** The reason given to a line dropped because of such a phrase: {@code phrase:related}. */
    public String reason() {
        return "phrase:" + label;
    }

    /** The kind with that label. */
    public static PhraseKind fromLabel(String label) {
        for (PhraseKind k : values()) {
            if (k.label.equals(label)) return k;
        }
        throw new IllegalArgumentException("unknown phrase kind '" + label + "'");
    }

    int bit() {
        return 1 << ordinal();
    }
}
