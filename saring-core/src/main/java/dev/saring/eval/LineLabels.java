package dev.saring.eval;

import dev.saring.extract.HtmlDecoder;
import dev.saring.model.RawContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One page whose lines are labelled {@code keep}, {@code drop} or {@code skip}: a {@code *.labels.tsv} file
 * (header {@code line	label	role	text}, 1-based line numbers) and the text it labels, which is the file
 * beside it with the same name and {@code .txt} instead of {@code .labels.tsv}, or, when there is none, the
 * lines rebuilt from the {@code text} column.
 *
 * <pre>{@code
 * LineLabels page = LineLabels.read(Path.of("news-page-id.labels.tsv"));
 * page.input();                     // the text to clean
 * page.labels().get(0).label();     // KEEP
 * }</pre>
 *
 * @param file   the {@code .labels.tsv} file
 * @param input  the text whose lines are labelled
 * @param labels one entry per labelled line, in file order
 */
public record LineLabels(Path file, String input, List<Labelled> labels) {

    public static final String SUFFIX = ".labels.tsv";
    private static final String HEADER = "line\tlabel\trole\ttext";
    private static final int COLUMNS = 4;
    /** Share of a line's word 3-grams that must occur in the gold text for {@link #derive} to label it keep. */
    static final double KEEP_TRIGRAM_SHARE = 0.9;
    /** Lines of at most this many words are labelled by their words in order, not by 3-grams. */
    private static final int SHORT_LINE_WORDS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** What a labelled line should become. */
    public enum Label {
        KEEP, DROP, SKIP;

        static Label parse(String s, Path file, int lineNo) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "keep" -> KEEP;
                case "drop" -> DROP;
                case "skip" -> SKIP;
                default -> throw new IllegalArgumentException(file + ":" + lineNo + ": label must be keep, drop or skip, was '" + s + "'");
            };
        }
    }

    /** One row: line number (1-based), label, role label ({@code related-link}) and the line's text. */
    public record Labelled(int line, Label label, String role, String text) {
    }

    public LineLabels {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(input, "input");
        labels = List.copyOf(labels);
    }

    /** Reads a labels file and the text beside it. */
    public static LineLabels read(Path tsv) throws IOException {
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(tsv + ":1: expected header '" + HEADER.replace("\t", "\\t") + "'");
        }
        var labels = new ArrayList<Labelled>();
        for (int i = 1; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isEmpty()) continue;
            String[] cols = row.split("\t", COLUMNS);
            if (cols.length < COLUMNS - 1) throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected line, label, role, text");
            int line;
            try {
                line = Integer.parseInt(cols[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": line number expected, was '" + cols[0] + "'", e);
            }
            if (line < 1) throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": line numbers start at 1, was " + line);
            labels.add(new Labelled(line, Label.parse(cols[1], tsv, i + 1), cols[2].trim(), cols.length == COLUMNS ? cols[3] : ""));
        }
        Path txt = textBeside(tsv);
        String input = Files.isRegularFile(txt) ? Files.readString(txt, StandardCharsets.UTF_8) : rebuild(labels);
        return new LineLabels(tsv, input, labels);
    }

    /** The page's name: the file name without {@code .labels.tsv}. */
    public String name() {
        String n = file.getFileName().toString();
        return n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
    }

    /** The text file that a labels file labels: {@code a.labels.tsv} → {@code a.txt}. */
    public static Path textBeside(Path tsv) {
        String n = tsv.getFileName().toString();
        String base = n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
        return tsv.resolveSibling(base + ".txt");
    }

    /**
     * The labels files named by {@code paths}: a folder stands for every {@code *.labels.tsv} under it, a
     * {@code .txt} for the labels file beside it. Sorted, without duplicates.
     */
    public static List<Path> find(Collection<Path> paths) throws IOException {
        var out = new TreeSet<Path>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).forEach(out::add);
                }
            } else if (p.getFileName().toString().endsWith(SUFFIX)) {
                out.add(p);
            } else {
                String n = p.getFileName().toString();
                String base = n.endsWith(".txt") ? n.substring(0, n.length() - ".txt".length()) : n;
                Path tsv = p.resolveSibling(base + SUFFIX);
                if (!Files.isRegularFile(tsv)) throw new IOException("no labels for " + p + " (expected " + tsv + ")");
                out.add(tsv);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reads every labels file named by {@code paths}; a folder that holds no labels file but an extraction
     * benchmark ({@link BenchmarkLayout#detect}) gives its pages labelled by {@link #derive}.
     */
    public static List<LineLabels> readAll(Collection<Path> paths) throws IOException {
        var out = new ArrayList<LineLabels>();
        var labelled = new ArrayList<Path>();
        for (Path p : paths) {
            if (Files.isDirectory(p) && find(List.of(p)).isEmpty() && isBenchmark(p)) out.addAll(fromBenchmark(p));
            else labelled.add(p);
        }
        for (Path f : find(labelled)) out.add(read(f));
        return out;
    }

    private static boolean isBenchmark(Path dir) {
        try {
            BenchmarkLayout.detect(dir);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The pages of the extraction benchmark in {@code dir}, their full text labelled against the gold text.
     *
     * <pre>{@code
     * List<LineLabels> heldOut = LineLabels.fromBenchmark(Path.of("benchmarks/extraction/cleanportaleval"));
     * LineScores.score("saring", LineCleaner.defaults(), heldOut).total().dropF1();
     * }</pre>
     */
    public static List<LineLabels> fromBenchmark(Path dir) {
        var out = new ArrayList<LineLabels>();
        for (BenchmarkPage p : ExtractionBenchmark.read(dir, BenchmarkLayout.detect(dir)).pages()) {
            String html = HtmlDecoder.decode(new RawContent(p.html(), "text/html", p.charset()));
            out.add(derive(dir.resolve(p.id()), FullPageText.of(html), p.gold()));
        }
        return out;
    }

    /**
     * Labels the lines of a page's full text against the text a perfect extractor gives (an extraction
     * benchmark's gold), as the zyte line pages were labelled: {@code keep} when at least 90% of the line's
     * word 3-grams occur in the gold text, {@code drop} when none does (a line of one to three words: when
     * its words do not occur in that order in the gold text), {@code skip} otherwise. Lines are the page
     * text's non-blank lines, trimmed, with runs of spaces as one.
     *
     * <pre>{@code
     * LineLabels page = LineLabels.derive(Path.of("p1"), "Home\nThe bridge will close for repairs.", "The bridge will close for repairs.");
     * page.labels().get(0).label();   // DROP ("Home"); line 2 is KEEP
     * }</pre>
     *
     * @param page the page's name, as a path ({@link #name()} is its file name)
     */
    public static LineLabels derive(Path page, String pageText, String gold) {
        List<String> goldWords = words(gold);
        var goldTrigrams = new HashSet<String>(trigrams(goldWords));
        String goldFlat = " " + String.join(" ", goldWords) + " ";
        var lines = new ArrayList<String>();
        for (String l : pageText.split("\n")) {
            String t = SPACES.matcher(l.strip()).replaceAll(" ");
            if (!t.isEmpty()) lines.add(t);
        }
        var labels = new ArrayList<Labelled>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            List<String> w = words(lines.get(i));
            Label label;
            if (w.isEmpty()) {
                label = Label.SKIP;
            } else if (w.size() <= SHORT_LINE_WORDS) {
                label = goldFlat.contains(" " + String.join(" ", w) + " ") ? Label.SKIP : Label.DROP;
            } else {
                List<String> tri = trigrams(w);
                long found = tri.stream().filter(goldTrigrams::contains).count();
                label = found >= KEEP_TRIGRAM_SHARE * tri.size() ? Label.KEEP : found == 0 ? Label.DROP : Label.SKIP;
            }
            String role = switch (label) {
                case KEEP -> "body";
                case DROP -> "boilerplate";
                case SKIP -> "unscored";
            };
            labels.add(new Labelled(i + 1, label, role, lines.get(i)));
        }
        return new LineLabels(page.resolveSibling(page.getFileName() + SUFFIX), String.join("\n", lines), labels);
    }

    private static List<String> words(String s) {
        var out = new ArrayList<String>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** The distinct word 3-grams of {@code w}, in order. */
    private static List<String> trigrams(List<String> w) {
        var out = new LinkedHashSet<String>();
        for (int i = 0; i + 2 < w.size(); i++) out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
        return new ArrayList<>(out);
    }

    private static String rebuild(List<Labelled> labels) {
        int max = labels.stream().mapToInt(Labelled::line).max().orElse(0);
        String[] lines = new String[max];
        java.util.Arrays.fill(lines, "");
        for (Labelled l : labels) lines[l.line() - 1] = l.text();
        return String.join("\n", lines);
    }
}
