package dev.saring.io;

import dev.saring.model.Document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the kept documents of one shard to {@code clean/}, atomically: the file appears under its final
 * name only after {@link #commit()}; {@link #close()} without it removes the temporary file. Not
 * thread-safe: one writer per shard.
 *
 * <pre>{@code
 * try (CleanWriter w = CleanWriter.create(out.resolve("clean/part-00000"), OutputFormat.PARQUET, OutputCompression.ZSTD)) {
 *     w.write(doc);
 *     w.commit();   // clean/part-00000.parquet
 * }
 * }</pre>
 */
public interface CleanWriter extends AutoCloseable {

    void write(Document d) throws IOException;

    /** The file's final name. */
    Path target();

    void commit() throws IOException;

    @Override
    void close() throws IOException;

    /**
     * A writer of {@code base} plus the format's extension and, for JSONL, the compression's suffix:
     * {@code part-00000.jsonl.zst}, {@code part-00000.parquet}.
     */
    static CleanWriter create(Path base, OutputFormat format, OutputCompression compression) throws IOException {
        return switch (format) {
            case JSONL -> new JsonlCleanWriter(JsonlWriter.create(base.resolveSibling(base.getFileName() + ".jsonl"), compression));
            case PARQUET -> ParquetCleanWriter.create(base.resolveSibling(base.getFileName() + ".parquet"), compression);
        };
    }

    /** The JSONL form: {@link DocumentJson#writeClean} per line. */
    final class JsonlCleanWriter implements CleanWriter {
        private final JsonlWriter out;

        JsonlCleanWriter(JsonlWriter out) {
            this.out = out;
        }

        @Override
        public void write(Document d) throws IOException {
            DocumentJson.writeClean(out.generator(), d);
            out.endRecord();
        }

        @Override
        public Path target() {
            return out.target();
        }

        @Override
        public void commit() throws IOException {
            out.commit();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
