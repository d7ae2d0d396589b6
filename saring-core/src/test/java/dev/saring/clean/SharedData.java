package dev.saring.clean;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where tests find the shared corpora (system property {@code saring.shared}); they skip when it is absent. */
final class SharedData {

    private SharedData() {
    }

    /** The folder {@code relative} under the shared data, or a skipped test when there is none. */
    static Path folder(String relative) {
        String root = System.getProperty("saring.shared");
        Path p = root == null ? null : Path.of(root).resolve(relative);
        assumeTrue(p != null && Files.isDirectory(p), "shared data not available (" + relative + "): skipped");
        return p;
    }
}
