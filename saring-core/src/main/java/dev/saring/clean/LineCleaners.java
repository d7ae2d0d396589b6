package dev.saring.clean;

import dev.saring.pipeline.Step;

import java.util.List;
import java.util.Locale;

/**
 * The line cleaners by the names users ask for them: {@code saring} (saring's own {@link LineCleaner}),
 * {@code c4} ({@link C4LineFilter}) and {@code refinedweb} ({@link RefinedWebLineFilter}), each with its
 * default settings. Step names ({@code clean}, {@code c4-lines}, {@code refinedweb-lines}) are accepted too.
 *
 * <pre>{@code
 * Step c4 = LineCleaners.named("c4");
 * LineCleaners.NAMES;   // [saring, c4, refinedweb]
 * }</pre>
 */
public final class LineCleaners {

    /** The short names, in the order tables print them. */
    public static final List<String> NAMES = List.of("saring", "c4", "refinedweb");

    private LineCleaners() {
    }

    /** The cleaner called {@code name}; an {@link IllegalArgumentException} naming the known ones otherwise. */
    public static Step named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "saring", LineCleaner.NAME -> LineCleaner.defaults();
            case "c4", C4LineFilter.NAME -> C4LineFilter.defaults();
            case "refinedweb", RefinedWebLineFilter.NAME -> RefinedWebLineFilter.defaults();
            default -> throw new IllegalArgumentException("unknown line cleaner '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }
}
