package dev.saring.dedup.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Forward-only reader of fixed-width records of longs, in sorted order.
 *
 * <pre>{@code
 * try (RecordCursor c = sorter.sorted()) {
 *     while (c.next()) use(c.get(0), c.get(1));
 * }
 * }</pre>
 */
public interface RecordCursor extends Closeable {

    /** Moves to the next record; false at the end. */
    boolean next() throws IOException;

    /** Field {@code i} of the current record. */
    long get(int i);

    /** Copies the current record into {@code dst} from {@code offset}. */
    void copyTo(long[] dst, int offset);

    @Override
    default void close() throws IOException {
    }
}
