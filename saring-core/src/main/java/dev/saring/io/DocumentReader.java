package dev.saring.io;

import dev.saring.model.Document;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazily reads the documents of one input file, never the whole file at once. Bad records are reported
 * to the {@link InputErrorHandler} given at construction, and reading goes on with the next intact record.
 * Not thread-safe: one reader, one thread.
 *
 * <pre>{@code
 * try (DocumentReader r = Readers.open(inputFile, InputFormat.AUTO, ReaderOptions.DEFAULTS, errors::add)) {
 *     r.documents().forEach(System.out::println);
 * }
 * }</pre>
 */
public interface DocumentReader extends Iterable<Document>, Closeable {

    /** The next document, or empty at the end of the input. Input problems go to the handler, not here. */
    Optional<Document> next() throws IOException;

    /** Bytes of the file consumed so far (compressed bytes for a compressed file): for progress. */
    long bytesRead();

    /**
     * Records passed over on purpose so far, by reason ({@code warc-type:request}, {@code not-html},
     * {@code http-status:3xx}): not errors, but counted so that nothing vanishes unexplained.
     */
    default java.util.Map<String, Long> skipped() {
        return java.util.Map.of();
    }

    @Override
    default Iterator<Document> iterator() {
        return new Iterator<>() {
            private Document pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    try {
                        pending = DocumentReader.this.next().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public Document next() {
                if (!hasNext()) throw new NoSuchElementException();
                Document d = pending;
                pending = null;
                return d;
            }
        };
    }

    default Stream<Document> documents() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
