package dev.saring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Map;

/** The top-level {@code saring} command: only subcommands. */
@Command(name = "saring",
        mixinStandardHelpOptions = true,
        versionProvider = SaringCommand.Version.class,
        description = "Turns crawled web pages into clean, deduplicated text corpora.",
        subcommands = {RunCommand.class, ReportCommand.class, InspectCommand.class, ConfigCommand.class, CleanCommand.class, ExtractCommand.class, LangCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  saring run examples/crawl -o out"})
public final class SaringCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with saring's exit codes: a usage error is 1, not picocli's 2. */
    public static CommandLine commandLine() {
        var cl = new CommandLine(new SaringCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("saring: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                c.getErr().println("saring: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            throw ex;
        });
        return cl;
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"saring " + saring(), "Java " + System.getProperty("java.version")};
        }

        static String saring() {
            String v = SaringCommand.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }

        /** What a report names as having made a run. */
        static Map<String, String> versions() {
            return Map.of("saring", saring());
        }
    }
}
