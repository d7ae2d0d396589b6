package dev.saring.cli;

import dev.saring.clean.LineCleaners;
import dev.saring.eval.LineLabels;
import dev.saring.eval.LineScores;
import dev.saring.pipeline.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * {@code saring eval lines}: scores line cleaners against labelled pages ({@code *.labels.tsv}) and prints one
 * table with a row per cleaner: files, scored lines, drop precision, drop recall, drop F1, keep recall.
 *
 * <p>{@code --floors FILE} checks the scores against floors kept in a properties file and exits with 3 when
 * one is missed. Keys are {@code <set>.<metric>} for the saring cleaner and {@code <set>.<cleaner>.<metric>}
 * for the others; metrics are {@code drop_precision}, {@code drop_recall}, {@code drop_f1} and
 * {@code keep_recall}; the set is {@code --set NAME}, by default the name of the first input (folder name,
 * or file name without {@code .labels.tsv}). Floors of other sets are not checked.
 *
 * <pre>
 * saring eval lines benchmarks/lines/zyte
 * saring eval lines benchmarks/lines/zyte --cleaner saring --per-file
 * saring eval lines benchmarks/lines/zyte --cleaner saring --disagreements
 * saring eval lines benchmarks/lines/zyte --floors quality/floors.properties
 * saring eval lines benchmarks/extraction/mozilla-readability-test-pages --set readability   # held out
 * </pre>
 */
@Command(name = "lines",
        mixinStandardHelpOptions = true,
        description = {"Scores line cleaners on *.labels.tsv files (label skip is not scored): drop precision, "
                + "drop recall, drop F1 and keep recall, micro-averaged over all scored lines."},
        footer = {"", "Floors file keys: <set>.<metric> (saring) or <set>.<cleaner>.<metric>; metrics: "
                + "drop_precision, drop_recall, drop_f1, keep_recall. Example: zyte.keep_recall=0.95"})
public final class EvalLinesCommand implements Callable<Integer> {

    private static final String DEFAULT_CLEANER = "saring";

    /** The metrics a floor can name, in table order. */
    static final Map<String, ToDoubleFunction<LineScores.Counts>> METRICS = metrics();

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Labels files, text files beside them, folders of them, "
            + "or an extraction benchmark folder (its pages' lines labelled against its gold text).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--cleaner", split = ",", paramLabel = "NAME", defaultValue = "saring,c4,refinedweb",
            description = "Cleaners to score, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> cleaners = new ArrayList<>();

    @Option(names = "--per-file", description = "Also print a table with a row per file and cleaner.")
    boolean perFile;

    @Option(names = "--disagreements", description = "Also print every scored line whose decision differs from its label "
            + "(tab-separated: cleaner, file, line, label, role, reason, text).")
    boolean disagreements;

    @Option(names = "--floors", paramLabel = "FILE", description = "Properties file of score floors; exit 3 when a score is below one.")
    Path floors;

    @Option(names = "--set", paramLabel = "NAME", description = "Name of this set of pages in the floors file (default: name of the first input).")
    String set;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var steps = new LinkedHashMap<String, Step>();
        try {
            for (String c : cleaners) steps.put(c.trim(), LineCleaners.named(c));
        } catch (IllegalArgumentException e) {
            err.println("saring eval lines: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<LineLabels> pages;
        try {
            pages = LineLabels.readAll(inputs);
        } catch (IOException | IllegalArgumentException e) {
            err.println("saring eval lines: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        if (pages.isEmpty()) {
            err.println("saring eval lines: no *.labels.tsv files in " + inputs);
            return ExitCodes.NO_INPUT;
        }
        var results = new ArrayList<LineScores>();
        for (var e : steps.entrySet()) results.add(LineScores.score(e.getKey(), e.getValue(), pages));

        var table = new AlignedTable(List.of("cleaner", "files", "lines", "drop P", "drop R", "drop F1", "keep R"), 1);
        for (LineScores s : results) {
            var c = s.total();
            table.row(s.cleaner(), String.valueOf(s.files()), String.valueOf(c.scored()),
                    fmt(c.dropPrecision()), fmt(c.dropRecall()), fmt(c.dropF1()), fmt(c.keepRecall()));
        }
        table.print(out);
        if (perFile) {
            out.println();
            var pf = new AlignedTable(List.of("file", "cleaner", "lines", "drop P", "drop R", "drop F1", "keep R"), 2);
            for (int p = 0; p < pages.size(); p++) {
                for (LineScores s : results) {
                    var page = s.pages().get(p);
                    var c = page.counts();
                    pf.row(page.page(), s.cleaner(), String.valueOf(c.scored()),
                            fmt(c.dropPrecision()), fmt(c.dropRecall()), fmt(c.dropF1()), fmt(c.keepRecall()));
                }
            }
            pf.print(out);
        }
        if (disagreements) {
            out.println();
            out.println("cleaner\tfile\tline\tlabel\trole\treason\ttext");
            for (var e : steps.entrySet()) {
                for (int p = 0; p < pages.size(); p++) {
                    for (var d : LineScores.disagreements(e.getValue(), pages.get(p), p)) {
                        out.println(String.join("\t", e.getKey(), d.page(), String.valueOf(d.line()),
                                d.label().name().toLowerCase(Locale.ROOT), d.role(), d.reason(), d.text()));
                    }
                }
            }
        }
        if (floors == null) return ExitCodes.OK;
        return checkFloors(results, out, err);
    }

    private int checkFloors(List<LineScores> results, PrintWriter out, PrintWriter err) {
        var props = new Properties();
        try (Reader r = Files.newBufferedReader(floors, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            err.println("saring eval lines: cannot read floors " + floors + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String name = set != null ? set : setName(inputs.get(0));
        int checked = 0;
        var missed = new ArrayList<String>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            if (!key.startsWith(name + ".")) continue;
            String rest = key.substring(name.length() + 1);
            int dot = rest.lastIndexOf('.');
            String cleaner = dot < 0 ? DEFAULT_CLEANER : rest.substring(0, dot);
            String metric = dot < 0 ? rest : rest.substring(dot + 1);
            var fn = METRICS.get(metric);
            if (fn == null) {
                err.println("saring eval lines: " + floors + ": unknown metric in " + key + " (known: " + String.join(", ", METRICS.keySet()) + ")");
                return ExitCodes.USAGE;
            }
            double floor;
            try {
                floor = Double.parseDouble(props.getProperty(key).trim());
            } catch (NumberFormatException e) {
                err.println("saring eval lines: " + floors + ": " + key + " must be a number, was '" + props.getProperty(key) + "'");
                return ExitCodes.USAGE;
            }
            LineScores s = results.stream().filter(r -> r.cleaner().equals(cleaner)).findFirst().orElse(null);
            if (s == null) continue;
            checked++;
            double value = fn.applyAsDouble(s.total());
            if (value < floor) missed.add(String.format(Locale.ROOT, "%s = %.4f is below its floor %.4f", key, value, floor));
        }
        if (checked == 0) {
            err.println("saring eval lines: no floors for set '" + name + "' in " + floors);
            return ExitCodes.OK;
        }
        if (missed.isEmpty()) {
            out.println("floors: " + checked + " checked for set '" + name + "', all met");
            out.flush();
            return ExitCodes.OK;
        }
        for (String m : missed) err.println("FLOOR MISSED: " + m);
        err.flush();
        return ExitCodes.BELOW_FLOOR;
    }

    /** The default set name of an input: a folder's name, or a file's name without its suffix. */
    static String setName(Path p) {
        Path f = p.toAbsolutePath().normalize().getFileName();
        String n = f == null ? "lines" : f.toString();
        if (n.endsWith(LineLabels.SUFFIX)) n = n.substring(0, n.length() - LineLabels.SUFFIX.length());
        else if (n.endsWith(".txt")) n = n.substring(0, n.length() - ".txt".length());
        return n;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static Map<String, ToDoubleFunction<LineScores.Counts>> metrics() {
        var m = new LinkedHashMap<String, ToDoubleFunction<LineScores.Counts>>();
        m.put("drop_precision", LineScores.Counts::dropPrecision);
        m.put("drop_recall", LineScores.Counts::dropRecall);
        m.put("drop_f1", LineScores.Counts::dropF1);
        m.put("keep_recall", LineScores.Counts::keepRecall);
        return java.util.Collections.unmodifiableMap(m);
    }
}
