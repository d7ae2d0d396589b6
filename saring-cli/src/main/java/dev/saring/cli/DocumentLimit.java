package dev.saring.cli;

import dev.saring.io.DocumentReader;
import dev.saring.model.Document;
import dev.saring.pipeline.ReaderFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run --limit N}: the first N documents in input order, whatever the thread count. Shards are read
 * at once, so a shard's reader waits until every earlier shard has been read to the end (or closed) and
 * then yields what is left of the budget; a shard after the limit yields nothing and is not read at all.
 *
 * <pre>{@code
 * var limit = new DocumentLimit(1_000, files.size());
 * runner.run(files, limit.wrap((shard, errors) -> Readers.open(shard.file(), format, options, errors)));
 * }</pre>
 */
final class DocumentLimit {

    private final long limit;
    /** Documents each shard yielded; -1 while it is being read. */
    private final long[] yielded;
    private int settled; // shards [0, settled) are finished

    DocumentLimit(long limit, int shards) {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
        this.limit = limit;
        this.yielded = new long[shards];
        java.util.Arrays.fill(yielded, -1);
    }

    ReaderFactory wrap(ReaderFactory readers) {
        return (shard, errors) -> new Limited(shard.id(), readers.open(shard, errors));
    }

    /** Waits for every earlier shard, then returns how many documents this one may yield. */
    private synchronized long budget(int shard) throws InterruptedException {
        while (settled < shard) wait();
        long used = 0;
        for (int s = 0; s < shard; s++) used += yielded[s];
        return Math.max(0, limit - used);
    }

    private synchronized void finished(int shard, long n) {
        if (yielded[shard] >= 0) return;
        yielded[shard] = n;
        while (settled < yielded.length && yielded[settled] >= 0) settled++;
        notifyAll();
    }

    private final class Limited implements DocumentReader {
        private final int shard;
        private final DocumentReader in;
        private long budget = -1;
        private long n;

        Limited(int shard, DocumentReader in) {
            this.shard = shard;
            this.in = in;
        }

        @Override
        public Optional<Document> next() throws IOException {
            if (budget < 0) {
                try {
                    budget = budget(shard);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for earlier shards");
                }
            }
            if (n >= budget) {
                finished(shard, n);
                return Optional.empty();
            }
            Optional<Document> d = in.next();
            if (d.isPresent()) n++;
            else finished(shard, n);
            return d;
        }

        @Override
        public long bytesRead() {
            return in.bytesRead();
        }

        @Override
        public Map<String, Long> skipped() {
            return in.skipped();
        }

        @Override
        public void close() throws IOException {
            // a shard that fails or is cancelled must not hold the later ones forever
            finished(shard, n);
            in.close();
        }
    }
}
