package dev.saring.cli;

import dev.saring.lang.LanguageEvaluation;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.lang.PublishedAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code saring eval lang DIR}: accuracy of language identification per language and overall, and samples
 * per second, on files named by language code with one sample per line (the layout of Lingua's
 * {@code sentences/}, {@code word-pairs/} and {@code single-words/}). With {@code --compare-published},
 * Lingua's published figures for the same kind of sample sit beside ours.
 *
 * <pre>{@code
 * $ saring eval lang corpora/langid/lingua/sentences --high-accuracy --compare-published
 * lang  samples  accuracy  lingua high  diff  lingua low  taken for
 * af    1000     96.9%     96.8%        +0.1  92.8%       nl 1.8%, ...
 * }</pre>
 */
@Command(name = "lang", mixinStandardHelpOptions = true,
        description = "Accuracy of language identification on DIR/<code>.txt files, one sample per line.")
public final class EvalLangCommand implements Callable<Integer> {

    private static final int CONFUSIONS_SHOWN = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of <code>.txt files (id.txt, ms.txt…).")
    Path dir;

    @Option(names = "--limit", paramLabel = "N", description = "At most N samples per language, the first ones (default: all).")
    int limit;

    @Option(names = "--languages", paramLabel = "CODES", description = "Only these language models (default: all of Lingua's 75).")
    String languages;

    @Option(names = "--high-accuracy", description = "Lingua's high-accuracy mode (all 75 languages need about 1.5 GB of heap).")
    boolean highAccuracy;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--compare-published",
            description = "Print Lingua's published accuracy beside ours (from DIR/../accuracy-reports/" + PublishedAccuracy.FILE_NAME + ").")
    boolean comparePublished;

    @Option(names = "--published", paramLabel = "FILE", description = "Lingua's " + PublishedAccuracy.FILE_NAME + ", if elsewhere.")
    Path published;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("saring eval lang: not a folder: " + dir);
            return LangCommand.EXIT_NO_INPUT;
        }
        LanguageOptions options;
        try {
            options = LangCommand.options(languages, highAccuracy);
        } catch (IllegalArgumentException e) {
            err.println("saring eval lang: " + e.getMessage());
            return LangCommand.EXIT_USAGE;
        }
        PublishedAccuracy reference = null;
        if (comparePublished || published != null) {
            Path csv = published != null ? published
                    : dir.toAbsolutePath().getParent().resolve("accuracy-reports").resolve(PublishedAccuracy.FILE_NAME);
            if (!Files.isReadable(csv)) {
                err.println("saring eval lang: cannot read Lingua's published figures at " + csv + " (give --published FILE)");
                return LangCommand.EXIT_NO_INPUT;
            }
            reference = PublishedAccuracy.read(csv);
        }
        var lingua = LinguaIdentifier.load(options);
        var report = LanguageEvaluation.run(lingua, dir, limit, threads);
        String kind = dir.toAbsolutePath().normalize().getFileName().toString();
        print(report, reference, kind, out);
        out.printf(Locale.ROOT, "%d samples in %.1f s: %.0f samples/s on %d threads (%s)%n", report.samples(),
                report.elapsed().toNanos() / 1e9, report.samplesPerSecond(), threads, lingua.options());
        out.flush();
        return LangCommand.EXIT_OK;
    }

    private static void print(LanguageEvaluation.Report report, PublishedAccuracy reference, String kind, PrintWriter out) {
        AlignedTable table = reference == null
                ? new AlignedTable(List.of("lang", "samples", "accuracy", "taken for"), 1)
                : new AlignedTable(List.of("lang", "samples", "accuracy", "lingua high", "diff", "lingua low", "taken for"), 1);
        double sumHigh = 0;
        double sumOursWithHigh = 0;
        int withHigh = 0;
        for (var r : report.languages()) {
            String confusions = r.topConfusions(CONFUSIONS_SHOWN).stream()
                    .map(e -> e.getKey() + " " + percent((double) e.getValue() / r.samples()))
                    .collect(Collectors.joining(", "));
            if (reference == null) {
                table.row(r.code(), r.samples(), percent(r.accuracy()), confusions);
                continue;
            }
            OptionalDouble high = reference.get(r.code(), kind + "-lingua-high");
            OptionalDouble low = reference.get(r.code(), kind + "-lingua-low");
            String diff = "";
            if (high.isPresent()) {
                diff = String.format(Locale.ROOT, "%+.1f", 100 * r.accuracy() - high.getAsDouble());
                sumHigh += high.getAsDouble();
                sumOursWithHigh += 100 * r.accuracy();
                withHigh++;
            }
            table.row(r.code(), r.samples(), percent(r.accuracy()), points(high), diff, points(low), confusions);
        }
        if (reference == null) {
            table.row("all", report.samples(), percent(report.accuracy()), "");
        } else {
            table.row("all", report.samples(), percent(report.accuracy()), "", "", "", "");
            if (withHigh > 0) {
                // Mean over the languages Lingua has published figures for, ours and theirs alike.
                table.row("mean", withHigh + " langs", String.format(Locale.ROOT, "%.1f%%", sumOursWithHigh / withHigh),
                        String.format(Locale.ROOT, "%.1f%%", sumHigh / withHigh),
                        String.format(Locale.ROOT, "%+.1f", (sumOursWithHigh - sumHigh) / withHigh), "", "");
            }
        }
        table.print(out);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String points(OptionalDouble p) {
        return p.isPresent() ? String.format(Locale.ROOT, "%.1f%%", p.getAsDouble()) : "-";
    }
}
