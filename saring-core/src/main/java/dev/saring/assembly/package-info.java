/**
 * Assembles pipelines from stage names and settings: {@link dev.saring.assembly.Stages} (every stage saring
 * knows by name) and {@link dev.saring.assembly.RunConfig} (a run's configuration file). It sits above the
 * step packages ({@code extract}, {@code clean}, {@code filter}, {@code dedup} ...), which sit above
 * {@code pipeline}: the command line and the Spark runner assemble here, then run a
 * {@link dev.saring.pipeline.Pipeline}.
 */
package dev.saring.assembly;
