package dev.saring.io;

import dev.saring.model.Document;
import dev.saring.model.RawContent;
import dev.saring.model.Source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One document per file: an HTML page (raw bytes, charset left to extraction) or a plain text (UTF-8).
 * The id is the file's name. Compressed files are decompressed; content past {@code maxDocBytes} makes
 * the file {@code too-large}.
 */
final class WholeFileReader implements DocumentReader {

    static final String HTML_MEDIA_TYPE = "text/html";
    private static final char BOM = '\ufeff';

    private final InputFile file;
    private final int shard;
    private final boolean html;
    private final ReaderOptions options;
    private final InputErrorHandler errors;
    private final CountingInputStream raw;
    private final InputStream in;
    private boolean done;

    WholeFileReader(InputFile file, int shard, InputFormat format, InputStream rawFile, ReaderOptions options,
                    InputErrorHandler errors) throws IOException {
        if (format != InputFormat.HTML && format != InputFormat.TEXT) {
            throw new IllegalArgumentException("format must be HTML or TEXT, was " + format);
        }
        this.file = file;
        this.shard = shard;
        this.html = format == InputFormat.HTML;
        this.options = options;
        this.errors = errors;
        this.raw = new CountingInputStream(rawFile);
        this.in = Compression.open(raw);
    }

    @Override
    public Optional<Document> next() {
        if (done) return Optional.empty();
        done = true;
        int max = options.maxDocBytes();
        var content = new BoundedBytes(max, -1);
        boolean fits = true;
        try {
            fits = content.readFrom(in);
        } catch (IOException e) {
            String kind = e instanceof EOFException ? "truncated" : "corrupt";
            errors.onError(InputError.atOffset(file.name(), content.length(), kind,
                    ErrorText.of(e) + "; the " + content.length() + " bytes before were kept"));
        }
        if (!fits) {
            errors.onError(InputError.atOffset(file.name(), 0, "too-large", "more than " + max + " bytes"));
            return Optional.empty();
        }
        int len = content.length();
        if (len == 0) {
            errors.onError(InputError.atOffset(file.name(), 0, "empty-file", "the file holds no data"));
            return Optional.empty();
        }
        Source source = Source.atOffset(file.name(), shard, 0, 0);
        byte[] bytes = content.toArray();
        if (html) return Optional.of(Document.ofRaw(file.name(), source, new RawContent(bytes, HTML_MEDIA_TYPE, null)));
        if (!Utf8.isValid(bytes, 0, len)) {
            errors.onError(InputError.atOffset(file.name(), 0, "invalid-utf8", "bytes that are not UTF-8 were replaced by U+FFFD"));
        }
        String text = Utf8.decode(bytes, 0, len);
        if (!text.isEmpty() && text.charAt(0) == BOM) text = text.substring(1);
        return Optional.of(Document.ofText(file.name(), source, text));
    }

    @Override
    public long bytesRead() {
        return raw.count();
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
