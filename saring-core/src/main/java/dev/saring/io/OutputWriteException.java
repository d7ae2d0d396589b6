package dev.saring.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output could not be written: the disk is full, the folder read-only, a quota reached. Names the file that
 * failed and the space left where it lives, so that a person knows what to free; the file was not
 * committed, so nothing half-written is left under its final name and a resumed run writes it again.
 *
 * <pre>{@code
 * catch (OutputWriteException e) {
 *     System.err.println("cannot write " + e.file() + ": " + e.getCause().getMessage());
 * }
 * }</pre>
 */
public final class OutputWriteException extends IOException {

    private final Path file;
    private final long usableBytes;

    public OutputWriteException(Path file, IOException cause) {
        super("cannot write " + file + ": " + reason(cause) + freeSpaceText(usable(file)), cause);
        this.file = file;
        this.usableBytes = usable(file);
    }

    /** The file whose writing failed (its final name; what was written went to a temporary file, now deleted). */
    public Path file() {
        return file;
    }

    /** Bytes the file system of {@link #file()} had free for this user when writing failed, or -1 if unknown. */
    public long usableBytes() {
        return usableBytes;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long usable(Path file) {
        for (Path p = file.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p)) return Files.getFileStore(p).getUsableSpace();
            } catch (IOException | SecurityException e) {
                return -1;
            }
        }
        return -1;
    }

    private static String freeSpaceText(long bytes) {
        return bytes < 0 ? "" : String.format(" (%,d bytes free on its file system)", bytes);
    }
}
