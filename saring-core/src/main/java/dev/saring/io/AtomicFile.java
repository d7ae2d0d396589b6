package dev.saring.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name and renamed into place on {@link #commit()}: readers never see a
 * half-written shard, and a run that dies leaves only {@code *.tmp} files, which a resumed run overwrites.
 *
 * <pre>{@code
 * try (AtomicFile f = AtomicFile.create(dir.resolve("part-00000.jsonl.zst"))) {
 *     f.stream().write(bytes);
 *     f.commit();
 * }   // without commit(), close() deletes the temporary file
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;
    private boolean closed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER);
    }

    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    /** Flushes, closes and renames the file into place. */
    public void commit() throws IOException {
        out.close();
        closed = true;
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        try {
            if (!closed) out.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
