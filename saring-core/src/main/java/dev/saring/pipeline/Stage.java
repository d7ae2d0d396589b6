package dev.saring.pipeline;

/**
 * One element of a {@link Pipeline}: a per-document {@link Step} or a whole-corpus {@link Pass}.
 * Implementations are immutable configuration, safe to share across threads, and print their
 * configuration in {@code toString()}.
 */
public sealed interface Stage permits Step, Pass {

    /** Short stable name used in stats, rejects and config files: {@code extract}, {@code dedup}. */
    String name();
}
