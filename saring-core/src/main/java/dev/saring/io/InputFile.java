package dev.saring.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file of a run.
 *
 * @param path  where to read it
 * @param name  the name reported in sources and errors: the path as the user gave it, or relative to the
 *              folder the user gave, so that output never depends on the machine's folders
 * @param shard the file's index in the sorted listing of all inputs; one output shard per input shard
 */
public record InputFile(Path path, String name, int shard) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        if (shard < 0) throw new IllegalArgumentException("shard must be >= 0, was " + shard);
    }
}
