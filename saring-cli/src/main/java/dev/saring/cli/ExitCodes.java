package dev.saring.cli;

/** Exit codes of {@code saring}, as the README documents them. */
public final class ExitCodes {
    /** Done, also when bad input records were met (they are counted and written to errors.jsonl). */
    public static final int OK = 0;
    /** Bad usage, an unreadable config, or an output folder that cannot be used. */
    public static final int USAGE = 1;
    /** No input could be read. */
    public static final int NO_INPUT = 2;
    /** --fail-fast stopped the run at a bad input record or a failing step. */
    public static final int STOPPED = 3;
    /** An {@code eval} command with {@code --floors} found a score below its floor (a CI quality gate). */
    public static final int BELOW_FLOOR = 3;
    /**
     * The output could not be written (disk full, read-only folder): the message names the file; nothing is
     * left half-written under a final name, and the same command with {@code --resume} continues once fixed.
     */
    public static final int OUTPUT_FAILED = 4;
    /**
     * The run's account did not balance (documents read is not kept + dropped, in total, per input file or
     * between segments): a bug lost documents. {@code stats.json} shows the account; {@code _SUCCESS} is not written.
     */
    public static final int ACCOUNTING = 5;
    /** Interrupted (Ctrl-C); {@code --resume} continues. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
