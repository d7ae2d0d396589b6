package dev.saring.cli;

import picocli.CommandLine;

/** Entry point of the {@code saring} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SaringCommand.commandLine().execute(args));
    }
}
