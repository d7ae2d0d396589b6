package dev.saring.cli;

import dev.saring.cli.report.ReportPage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code saring report DIR}: the HTML report of a finished run, from what the run wrote. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"Writes DIR/report.html for the finished run in DIR: one self-contained page with the funnel,"
                + " the drop reasons, languages, lengths, duplicates, dropped lines, throughput, examples of every"
                + " reason, a sample of kept documents, the input errors and the config.",
                "The page is made from stats.json, sample.json, errors.jsonl, timeline.json and config.properties;"
                        + " the corpus is not read again. 'saring run' writes it too, when it is done."},
        footer = {"", "Example:", "  saring report out && xdg-open out/report.html"})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The output folder of a finished run.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Path html = ReportPage.write(dir, SaringCommand.Version.versions());
            spec.commandLine().getOut().println(html);
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("saring: " + e.getFile() + ": " + (e.getReason() == null ? "not found" : e.getReason()));
            return ExitCodes.USAGE;
        }
    }
}
