package dev.saring.io;

import dev.saring.model.Document;

import java.util.Optional;

/** The reader of a file that could not be opened or holds nothing: its error has already been reported. */
final class EmptyReader implements DocumentReader {

    @Override
    public Optional<Document> next() {
        return Optional.empty();
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public void close() {
        // nothing was opened
    }
}
