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
 *   <li>{@link #WCXB}: the Web Content eXtraction Benchmark, {@code html/<id>.html.gz} and
 *       {@code ground-truth/<id>.json} with {@code url}, {@code ground_truth.main_content} (without the
 *       headline) and the page type in {@code _internal.page_type.primary}. Scored as its README scores: the
 *       mean over pages of the word-bag F1 of lower-cased {@code \w+} words; pages are grouped by type.
 *   <li>{@link #DANIEL}: the DAnIEL corpus, {@code html/<name>.html[.gz]}, {@code reference/<name>.txt} (one
 *       {@code <p>…</p>} per paragraph) and {@code languages.json} (name to language); the reference holds the headline; scored as WCXB, each
 *       CJK ideograph a word, pages grouped by language.
 * </ul>
 *
 * <pre>{@code
 * BenchmarkLayout layout = BenchmarkLayout.detect(Path.of("benchmarks/zyte"));   // ZYTE
 * }</pre>
 */
public enum BenchmarkLayout {
    ZYTE(false, false),
    CLEANEVAL(true, false),
    CLEANPORTALEVAL(true, false),
    READABILITY(false, false),
    WCXB(false, true),
    DANIEL(true, true);

    private final boolean goldIncludesTitle;
    private final boolean wordBag;

    BenchmarkLayout(boolean goldIncludesTitle, boolean wordBag) {
        this.goldIncludesTitle = goldIncludesTitle;
        this.wordBag = wordBag;
    }

    /** How this benchmark matches a page's text with its gold: shingles, or a bag of words. */
    public ExtractionScorer scorer() {
        if (this == DANIEL) return ExtractionScorer.wordBagCjk();
        return wordBag ? ExtractionScorer.wordBag() : ExtractionScorer.zyte();
    }

    /** How this benchmark totals its pages. */
    public ExtractionScores.Averaging averaging() {
        return wordBag ? ExtractionScores.Averaging.MEAN_OF_PAGES : ExtractionScores.Averaging.F1_OF_MEANS;
    }

    /** What the pages are grouped by in the report ({@code "page type"}, {@code "language"}), or null. */
    public String groupedBy() {
        return switch (this) {
            case WCXB -> "page type";
            case DANIEL -> "language";
            default -> null;
        };
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
        throw new IllegalArgumentException("unknown benchmark layout '" + label + "': allowed are zyte, cleaneval, cleanportaleval, readability, wcxb, daniel");
    }

    /**
     * The layout of {@code dir}: {@link #ZYTE} when it has a {@code ground-truth.json}, {@link #CLEANEVAL} when
     * it (or a folder below it) has {@code input/} and {@code GoldStandard/}, {@link #READABILITY} when it has
     * {@code test-pages/}, {@link #WCXB} when it has {@code ground-truth/} and {@code html/}, {@link #DANIEL}
     * when it has {@code languages.json} and {@code reference/}.
     *
     * @throws IllegalArgumentException when the folder has none of these layouts
     */
    public static BenchmarkLayout detect(Path dir) {
        if (Files.isRegularFile(dir.resolve(ExtractionBenchmark.ZYTE_GOLD_FILE))) return ZYTE;
        if (!ExtractionBenchmark.cleanEvalSplits(dir).isEmpty()) return CLEANEVAL;
        if (Files.isDirectory(dir.resolve(ExtractionBenchmark.READABILITY_PAGES_DIR))) return READABILITY;
        if (Files.isDirectory(dir.resolve(ExtractionBenchmark.WCXB_GOLD_DIR))
                && Files.isDirectory(dir.resolve(ExtractionBenchmark.ZYTE_HTML_DIR))) return WCXB;
        if (Files.isRegularFile(dir.resolve(ExtractionBenchmark.DANIEL_LANGUAGES_FILE))
                && Files.isDirectory(dir.resolve(ExtractionBenchmark.DANIEL_GOLD_DIR))) return DANIEL;
        throw new IllegalArgumentException(dir + " is not a benchmark folder: expected ground-truth.json and html/,"
                + " input/ and GoldStandard/, test-pages/, ground-truth/ and html/, or languages.json and reference/");
    }
}
