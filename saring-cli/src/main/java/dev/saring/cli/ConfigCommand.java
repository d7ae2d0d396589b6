package dev.saring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code saring config}: the effective pipeline and every setting, with where each value comes from. */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        description = {"Prints the pipeline and every setting of its stages with its value and where it comes from"
                + " (the built-in default, the per-language table, the config file or the command line), in the"
                + " config file's own syntax: a config file to start from.",
                "'saring run' writes the same into its output folder as config.properties."},
        footer = {"", "Examples:", "  saring config > my.properties", "  saring config --config my.properties --languages id,ms"})
public final class ConfigCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Config file: steps and settings by stage name.")
    Path config;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "Keep only these languages (as for run), and list only their own settings (and English's, the fallback).")
    List<String> languages;

    @Option(names = "--high-accuracy", description = "Lingua's high-accuracy models, as for run.")
    boolean highAccuracy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        out.print(ConfigText.effective(config, languages, highAccuracy).text());
        out.flush();
        return ExitCodes.OK;
    }
}
