package dev.saring.io;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one JSON value per line to a compressed shard, atomically: the shard appears under its final
 * name only after {@link #commit()}. Not thread-safe: one writer per shard.
 *
 * <pre>{@code
 * try (JsonlWriter w = JsonlWriter.create(dir.resolve("part-00000.jsonl"), OutputCompression.ZSTD)) {
 *     DocumentJson.writeClean(w.generator(), doc);
 *     w.endRecord();
 *     w.commit();
 * }
 * }</pre>
 */
public final class JsonlWriter implements AutoCloseable {

    private final AtomicFile file;
    private final OutputStream compressed;
    private final JsonGenerator generator;
    private long records;

    private JsonlWriter(AtomicFile file, OutputCompression compression) throws IOException {
        this.file = file;
        this.compressed = compression.wrap(file.stream());
        this.generator = DocumentJson.FACTORY.createGenerator(compressed);
        // records are separated by line breaks only: without this, Jackson starts every record after the
        // first with a space, and a part's bytes would depend on where the part begins
        this.generator.setRootValueSeparator(null);
    }

    /** A writer of {@code base + compression.suffix()}, e.g. {@code part-00000.jsonl.zst}. */
    public static JsonlWriter create(Path base, OutputCompression compression) throws IOException {
        return new JsonlWriter(AtomicFile.create(base.resolveSibling(base.getFileName() + compression.suffix())), compression);
    }

    public JsonGenerator generator() {
        return generator;
    }

    /** Ends the record just written with a line break. */
    public void endRecord() throws IOException {
        generator.writeRaw('\n');
        records++;
    }

    public long records() {
        return records;
    }

    public Path target() {
        return file.target();
    }

    public void commit() throws IOException {
        generator.close();
        compressed.close();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
