package dev.saring.io;

import java.util.Objects;

/**
 * A problem with the input that the run survives: a record that could not be read, a line that is not
 * JSON, a truncated compressed stream, invalid UTF-8. Written to {@code errors.jsonl}.
 *
 * @param file   the input file as the user named it
 * @param offset byte offset in the file where the problem is, or -1
 * @param line   1-based line number for line-oriented inputs, or -1
 * @param kind   a short stable category: {@code bad-json}, {@code truncated}, {@code bad-record},
 *               {@code invalid-utf8}, {@code too-large}, {@code empty-file}, {@code unreadable}, ...
 * @param message what was wrong, for a person
 */
public record InputError(String file, long offset, long line, String kind, String message) {

    public InputError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static InputError atOffset(String file, long offset, String kind, String message) {
        return new InputError(file, offset, -1, kind, message);
    }

    public static InputError atLine(String file, long offset, long line, String kind, String message) {
        return new InputError(file, offset, line, kind, message);
    }

    /** Where, as {@code file:line} or {@code file@offset}. */
    public String where() {
        if (line >= 0) return file + ":" + line;
        if (offset >= 0) return file + "@" + offset;
        return file;
    }

    @Override
    public String toString() {
        return where() + ": " + kind + ": " + message;
    }
}
