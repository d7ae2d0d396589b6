package dev.saring.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How an extraction benchmark folder is laid out.
 *
 * <ul>
 *   <li>{@link #ZYTE}: {@code html/<id>.html.gz} (UTF-8) and {@code ground-truth.json} mapping each id to
 *       {@code {"articleBody": ..., "url": ...}}. The gold text is the article body without its headline.
 *   <li>{@link #CLEANEVAL}: {@code input/<name>.html[.gz]} and {@code GoldStandard/<name>.txt[.gz]}, either
 *       in the folder itself or in split folders below it ({@code dev/}, {@code final/}). Gold files start
 *       with a {@code URL: ...} line and mark paragraphs, headings and list items with {@code <p>},
 *       {@code <h>}, {@code <l>}; the page's own heading is part of the gold text.
 *   <li>{@link #CLEANPORTALEVAL}: the CleanEval format for pages of a few portals.
 *   <li>{@link #READABILITY}: Mozilla Readability's test pages, {@code test-pages/<name>/source.html[.gz]}
 *       and {@code expected.html[.gz]}, the article as Readability gives it (without the headline).
 * </ul>
 *
 * <pre>{@code
 * BenchmarkLayout layout = BenchmarkLayout.detect(Path.of("benchmarks/zyte"));   // ZYTE
 * }</pre>
 */
public enum BenchmarkLayout {
    ZYTE(false),
    CLEANEVAL(true),
    CLEANPORTALEVAL(true),
    READABILITY(false);

    private final boolean goldIncludesTitle;

    BenchmarkLayout(boolean goldIncludesTitle) {
        this.goldIncludesTitle = goldIncludesTitle;
    }

    /**
     * Whether the gold text of this benchmark holds the page's headline: then the headline is scored as part
     * of the extracted text, otherwise only the body is.
     */
    public boolean goldIncludesTitle() {
        return goldIncludesTitle;
    }

    /** Lower-case name as typed on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout named {@code label} (case-insensitive). */
    public static BenchmarkLayout fromLabel(String label) {
        for (BenchmarkLayout l : values()) {
            if (l.label().equalsIgnoreCase(label)) return l;
        }
        throw new IllegalArgumentException("unknown benchmark layout '" + label + "': allowed are zyte, cleaneval, cleanportaleval, readability");
    }

    /**
     * The layout of {@code dir}: {@link #ZYTE} when it has a {@code ground-truth.json}, {@link #CLEANEVAL} when
     * it (or a folder below it) has {@code input/} and {@code GoldStandard/}, {@link #READABILITY} when it has
     * {@code test-pages/}.
     *
     * @throws IllegalArgumentException when the folder has neither layout
     */
    public static BenchmarkLayout detect(Path dir) {
        if (Files.isRegularFile(dir.resolve(ExtractionBenchmark.ZYTE_GOLD_FILE))) return ZYTE;
        if (!ExtractionBenchmark.cleanEvalSplits(dir).isEmpty()) return CLEANEVAL;
        if (Files.isDirectory(dir.resolve(ExtractionBenchmark.READABILITY_PAGES_DIR))) return READABILITY;
        throw new IllegalArgumentException(dir + " is not a benchmark folder: expected ground-truth.json and html/,"
                + " input/ and GoldStandard/, or test-pages/");
    }
}
