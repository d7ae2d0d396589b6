package dev.saring.pipeline;

import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.InputErrorHandler;
import dev.saring.io.InputFile;
import dev.saring.model.Document;
import dev.saring.model.Source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A reader over texts in memory; a text equal to {@code "!bad"} is reported as a bad record instead. */
final class ListReader implements DocumentReader {

    private final InputFile file;
    private final List<String> texts;
    private final InputErrorHandler errors;
    private int next;
    private long index;

    ListReader(InputFile file, List<String> texts, InputErrorHandler errors) {
        this.file = file;
        this.texts = texts;
        this.errors = errors;
    }

    @Override
    public Optional<Document> next() {
        while (next < texts.size()) {
            int line = ++next;
            String t = texts.get(line - 1);
            if (t.equals("!bad")) {
                errors.onError(InputError.atLine(file.name(), line * 100L, line, "bad-json", "not JSON"));
                continue;
            }
            var source = Source.atLine(file.name(), file.shard(), index++, line * 100L, line);
            return Optional.of(Document.ofText(file.name() + ":" + line, source, t).withUrl("https://site" + file.shard() + ".example/" + line));
        }
        return Optional.empty();
    }

    @Override
    public long bytesRead() {
        return next * 100L;
    }

    @Override
    public Map<String, Long> skipped() {
        return Map.of("not-html", 1L);
    }

    @Override
    public void close() {
    }
}
