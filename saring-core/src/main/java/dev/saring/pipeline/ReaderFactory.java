package dev.saring.pipeline;

import dev.saring.io.DocumentReader;
import dev.saring.io.InputErrorHandler;

import java.io.IOException;

/**
 * Opens the reader of one input shard of a {@link Plan}; problems with the input go to the handler. Called
 * from many threads at once (one shard each), and by every runner the same way.
 *
 * <pre>{@code
 * ReaderFactory readers = (shard, errors) ->
 *         Readers.open(shard.file(), InputFormat.AUTO, ReaderOptions.DEFAULTS, errors);
 * }</pre>
 */
@FunctionalInterface
public interface ReaderFactory {
    DocumentReader open(Plan.Shard shard, InputErrorHandler errors) throws IOException;
}
