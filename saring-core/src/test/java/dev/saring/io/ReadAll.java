package dev.saring.io;

import dev.saring.model.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one reader gave: its documents, the errors it reported and what it skipped. */
record ReadAll(List<Document> docs, List<InputError> errors, Map<String, Long> skipped) {

    static ReadAll of(Path file, InputFormat format, ReaderOptions options) {
        return of(new InputFile(file, file.getFileName().toString(), 0), format, options);
    }

    static ReadAll of(Path file) {
        return of(file, InputFormat.AUTO, ReaderOptions.DEFAULTS);
    }

    static ReadAll of(InputFile file, InputFormat format, ReaderOptions options) {
        var errors = new ArrayList<InputError>();
        var docs = new ArrayList<Document>();
        try (DocumentReader r = Readers.open(file, format, options, errors::add)) {
            for (Document d : r) docs.add(d);
            return new ReadAll(docs, errors, Map.copyOf(r.skipped()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ids() {
        return docs.stream().map(Document::id).toList();
    }

    List<String> kinds() {
        return errors.stream().map(InputError::kind).toList();
    }
}
