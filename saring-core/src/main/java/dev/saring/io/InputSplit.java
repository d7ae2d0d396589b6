package dev.saring.io;

/**
 * The part of an input file one reader reads: a byte range that starts at a record boundary, the shard
 * of the run it belongs to (the {@link dev.saring.model.Source#shard()} of its documents), and the number
 * of its first line, so that line numbers, offsets and ids are those of the whole file. A reader of a
 * split yields exactly the records that start inside its range; read one after the other, the splits of a
 * file yield what the whole file yields. Made by {@link InputSplits}.
 *
 * <pre>{@code
 * InputSplit whole = InputSplit.whole(0);                  // the whole file, shard 0
 * InputSplit part = new InputSplit(3, 67_108_901, 134_217_770, 412_007);
 * }</pre>
 *
 * @param shard     the run's shard this split is, from 0
 * @param start     offset of its first record in the file (raw bytes)
 * @param end       offset after its range: its last record starts before it; {@link Long#MAX_VALUE} for the
 *                  end of the file
 * @param firstLine the 1-based line number of the byte at {@code start} (1 where lines do not matter)
 */
public record InputSplit(int shard, long start, long end, long firstLine) {

    public InputSplit {
        if (shard < 0) throw new IllegalArgumentException("shard must be >= 0, was " + shard);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad byte range [" + start + ", " + end + ")");
        if (firstLine < 1) throw new IllegalArgumentException("firstLine must be >= 1, was " + firstLine);
    }

    /** The whole of a file. */
    public static InputSplit whole(int shard) {
        return new InputSplit(shard, 0, Long.MAX_VALUE, 1);
    }

    /** Whether this split is the whole of a file of {@code size} bytes. */
    public boolean covers(long size) {
        return start == 0 && end >= size;
    }

    /** Bytes of the file in this split, for a file of {@code size} bytes. */
    public long length(long size) {
        return Math.max(0, Math.min(end, size) - start);
    }
}
