package dev.saring.lang;

import dev.saring.lang.internal.LinguaCodes;
import dev.saring.pipeline.Params;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a {@link LinguaIdentifier} is built: which language models, which accuracy mode, which groups of
 * close languages get a high-accuracy second look, and how much of a long document is read. Immutable.
 *
 * <pre>{@code
 * LanguageOptions o = LanguageOptions.defaults()                 // all 75 languages, low accuracy
 *         .withModels(Set.of("id", "ms", "en"))                  // only these models
 *         .withAccuracy(Accuracy.HIGH);
 * }</pre>
 *
 * @param models      ISO 639-1 codes of the models to load; empty means all of Lingua's languages
 * @param accuracy    Lingua's mode for the main decision
 * @param closeGroups groups of languages that Lingua confuses sentence by sentence (Indonesian and Malay);
 *                    when a window goes to a member, the group's high-accuracy detector decides it again
 * @param windows     how many windows of at most {@link LinguaIdentifier#WINDOW_CHARS} characters are read
 *                    from a document, spread evenly over it: this bounds the cost of long documents
 * @param shortlist   how many candidate languages a fast trigram pass keeps before Lingua decides among
 *                    them; 0 lets Lingua weigh every language (slower by the number of languages)
 */
public record LanguageOptions(SortedSet<String> models, Accuracy accuracy, List<SortedSet<String>> closeGroups,
                              int windows, int shortlist) {

    /** Indonesian and Malay: 19% of Indonesian sentences come out Malay even in Lingua's high mode. */
    public static final List<SortedSet<String>> DEFAULT_CLOSE_GROUPS = List.of(sorted(List.of("id", "ms")));
    /**
     * Eight windows (about 950 characters): on the shared corpora as accurate as twelve (Indonesian news
     * 680/684, Malay pages 271/272) for two thirds of the cost, which grows with the characters Lingua reads.
     */
    public static final int DEFAULT_WINDOWS = 8;
    public static final int MAX_WINDOWS = 256;
    public static final int DEFAULT_SHORTLIST = 3;
    /** A shortlist needs two languages: Lingua's detector refuses to be built from fewer. */
    public static final int MIN_SHORTLIST = 2;

    public LanguageOptions {
        models = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(models, "models")));
        Objects.requireNonNull(accuracy, "accuracy");
        closeGroups = closeGroups.stream().map(g -> Collections.unmodifiableSortedSet(new TreeSet<>(g))).toList();
        LinguaCodes.check(models);
        for (var g : closeGroups) {
            LinguaCodes.check(g);
            if (g.size() < 2) throw new IllegalArgumentException("a close group needs two languages or more: " + g);
        }
        if (windows < 1 || windows > MAX_WINDOWS) {
            throw new IllegalArgumentException("windows = " + windows + " is out of range: allowed is [1, " + MAX_WINDOWS + "]");
        }
        if (shortlist != 0 && shortlist < MIN_SHORTLIST) {
            throw new IllegalArgumentException("shortlist = " + shortlist + " is out of range: allowed is 0 (off) or >= " + MIN_SHORTLIST);
        }
    }

    /** All of Lingua's languages, low accuracy, Indonesian/Malay as a close group, 8 windows, shortlist of 3. */
    public static LanguageOptions defaults() {
        return new LanguageOptions(new TreeSet<>(), Accuracy.LOW, DEFAULT_CLOSE_GROUPS, DEFAULT_WINDOWS, DEFAULT_SHORTLIST);
    }

    /**
     * Reads {@code models} ({@code all} or {@code id,ms,en}), {@code accuracy} ({@code low|high}),
     * {@code close_groups} ({@code id+ms,bs+hr+sr} or {@code none}), {@code windows} and {@code shortlist}
     * from a config section. Does not call {@link Params#finish()}: the caller may read more keys.
     */
    public static LanguageOptions fromParams(Params p) {
        var d = defaults();
        String models = p.string("models", "all");
        String accuracy = p.oneOf("accuracy", d.accuracy.label(), Set.of("low", "high"));
        String groups = p.string("close_groups", d.closeGroups.stream().map(g -> String.join("+", g)).collect(Collectors.joining(",")));
        int windows = p.intIn("windows", d.windows, 1, MAX_WINDOWS);
        int shortlist = p.intIn("shortlist", d.shortlist, 0, LinguaCodes.all().size());
        try {
            return new LanguageOptions(parseCodes(models), Accuracy.valueOf(accuracy.toUpperCase(Locale.ROOT)),
                    parseGroups(groups), windows, shortlist);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("language settings: " + e.getMessage(), e);
        }
    }

    /** {@code "id, ms,en"} → {@code [en, id, ms]}; {@code "all"} or blank → empty (all languages). */
    public static SortedSet<String> parseCodes(String list) {
        var out = new TreeSet<String>();
        if (list == null || list.isBlank() || list.trim().equalsIgnoreCase("all")) return out;
        for (String s : list.split(",")) {
            String c = s.trim().toLowerCase(Locale.ROOT);
            if (!c.isEmpty()) out.add(c);
        }
        LinguaCodes.check(out);
        return out;
    }

    private static List<SortedSet<String>> parseGroups(String spec) {
        var out = new ArrayList<SortedSet<String>>();
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("none")) return out;
        for (String g : spec.split(",")) {
            if (!g.isBlank()) out.add(parseCodes(String.join(",", g.split("\\+"))));
        }
        return out;
    }

    private static SortedSet<String> sorted(Collection<String> codes) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }

    public LanguageOptions withModels(Set<String> newModels) {
        return new LanguageOptions(new TreeSet<>(newModels), accuracy, closeGroups, windows, shortlist);
    }

    public LanguageOptions withAccuracy(Accuracy newAccuracy) {
        return new LanguageOptions(models, newAccuracy, closeGroups, windows, shortlist);
    }

    public LanguageOptions withCloseGroups(List<? extends Set<String>> groups) {
        return new LanguageOptions(models, accuracy, groups.stream().map(g -> (SortedSet<String>) new TreeSet<>(g)).toList(), windows, shortlist);
    }

    public LanguageOptions withWindows(int newWindows) {
        return new LanguageOptions(models, accuracy, closeGroups, newWindows, shortlist);
    }

    public LanguageOptions withShortlist(int newShortlist) {
        return new LanguageOptions(models, accuracy, closeGroups, windows, newShortlist);
    }

    @Override
    public String toString() {
        return "LanguageOptions[models=" + (models.isEmpty() ? "all" : String.join(",", models))
                + ", accuracy=" + accuracy.label()
                + ", close_groups=" + (closeGroups.isEmpty() ? "none" : closeGroups.stream().map(g -> String.join("+", g)).collect(Collectors.joining(",")))
                + ", windows=" + windows + ", shortlist=" + shortlist + "]";
    }
}
