package dev.saring.dedup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The private folder of one pass run under the run's work folder, for its sorted runs and tables. */
public final class ScratchDir {

    private ScratchDir() {
    }

    /** A new folder {@code <name>-<random>} under {@code workDir}, which is created if missing. */
    public static Path create(Path workDir, String name) throws IOException {
        Files.createDirectories(workDir);
        return Files.createTempDirectory(workDir, name + "-");
    }

    /** Deletes the folder and the files in it (a scratch folder holds no subfolders). */
    public static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }
}
