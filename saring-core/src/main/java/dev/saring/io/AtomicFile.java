package dev.saring.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name and renamed into place on {@link #commit()}: readers never see a
 * half-written shard, and a run that dies leaves only {@code *.tmp} files, which a resumed run overwrites.
 * A failure to write (a full disk, a read-only folder) is an {@link OutputWriteException} naming the file.
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
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            this.out = new BufferedOutputStream(new NamedFailures(Files.newOutputStream(temp)), BUFFER);
        } catch (IOException e) {
            throw new OutputWriteException(target, e);
        }
    }

    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** {@link Files#createDirectories}, whose failure (a full disk, a read-only folder) is an {@link OutputWriteException}. */
    public static Path createDirectories(Path dir) throws IOException {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputWriteException(dir, e);
        }
    }

    public OutputStream stream() {
        return out;
    }

    public Path target() {
        return target;
    }

    /**
     * Flushes, closes and renames the file into place.
     *
     * @throws OutputWriteException the bytes could not be written or moved (disk full, read-only folder)
     */
    public void commit() throws IOException {
        closed = true;
        out.close();
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // an interrupted worker is a stopped run (resume continues), not a full disk
            if (Thread.currentThread().isInterrupted() || e instanceof java.nio.channels.ClosedByInterruptException
                    || e instanceof java.io.InterruptedIOException) throw e;
            throw new OutputWriteException(target, e);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) return;
        try {
            if (!closed) out.close();
        } catch (OutputWriteException e) {
            // the file is abandoned: its bytes not reaching the disk is no news
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Every failure of the file's stream (a full disk shows at any write, flush or close) names the file. */
    private final class NamedFailures extends FilterOutputStream {
        NamedFailures(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (OutputWriteException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputWriteException(target, e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new OutputWriteException(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new OutputWriteException(target, e);
            }
        }
    }
}
