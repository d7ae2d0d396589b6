package dev.saring.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.luben.zstd.ZstdInputStream;
import dev.saring.io.CountingInputStream;
import dev.saring.io.DocumentJson;
import dev.saring.io.DocumentReader;
import dev.saring.model.Document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads back the documents a segment of a run handed to the next one (internal JSON form, zstd). These
 * files are saring's own, written atomically: a problem here is a bug or a full disk, so it throws. Public
 * for the runners outside this package (Spark) that hand documents from segment to segment the same way.
 *
 * <pre>{@code
 * try (var r = new InternalReader(Path.of("out/_work/seg-0/part-00000.jsonl.zst"))) { r.next(); }
 * }</pre>
 */
public final class InternalReader implements DocumentReader {

    private static final int BUFFER = 1 << 16;

    private final CountingInputStream counted;
    private final JsonParser parser;

    public InternalReader(Path file) throws IOException {
        this.counted = new CountingInputStream(Files.newInputStream(file));
        InputStream in = new ZstdInputStream(new BufferedInputStream(counted, BUFFER));
        this.parser = DocumentJson.FACTORY.createParser(in);
    }

    @Override
    public Optional<Document> next() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) return Optional.empty();
        return Optional.of(DocumentJson.readInternal(parser));
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
