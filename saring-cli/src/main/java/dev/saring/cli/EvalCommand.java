package dev.saring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code saring eval}: scores saring's steps against labelled data. Only subcommands. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores a step against a benchmark or labelled data and prints the figures.",
        subcommands = {EvalLinesCommand.class, EvalExtractionCommand.class, EvalLangCommand.class, EvalKeepCommand.class},
        footer = {"", "Example:", "  saring eval extraction ../shared/benchmarks/extraction/zyte-article-extraction-benchmark"})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
