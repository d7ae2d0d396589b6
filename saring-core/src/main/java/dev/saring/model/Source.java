package dev.saring.model;

import java.util.Objects;

/**
 * Where a document came from: the input file as the user named it, the shard it belongs to, its record
 * index inside that shard, and its byte offset or line number in the file.
 *
 * <p>{@link #ordinal()} orders documents by input position, independently of threads, so that passes
 * such as deduplication can keep "the first document" deterministically.
 *
 * <pre>{@code
 * Source s = Source.atOffset("crawl/a.warc.gz", 0, 3, 18_304);
 * s.toString();   // "crawl/a.warc.gz@18304"
 * }</pre>
 *
 * @param file   the input file as given (relative paths stay relative)
 * @param shard  index of the input shard in the sorted input listing, from 0
 * @param index  0-based record index inside the shard
 * @param offset byte offset of the record, or -1 if not known: in the file itself for gzip WARC files
 *               (where each record is its own member), in the decompressed bytes otherwise (JSONL, text,
 *               zstd); see {@code Readers}
 * @param line   1-based line number for line-oriented inputs, or -1
 */
public record Source(String file, int shard, long index, long offset, long line) {

    /** Bits of {@link #ordinal()} given to the record index: 2^40 records per shard. */
    public static final int INDEX_BITS = 40;

    public Source {
        Objects.requireNonNull(file, "file");
        if (shard < 0) throw new IllegalArgumentException("shard must be >= 0, was " + shard);
        if (index < 0 || index >= (1L << INDEX_BITS)) {
            throw new IllegalArgumentException("index must be in [0, 2^40), was " + index);
        }
    }

    /** A record found at a byte offset of a file (WARC, WET, HTML, text). */
    public static Source atOffset(String file, int shard, long index, long offset) {
        return new Source(file, shard, index, offset, -1);
    }

    /** A record found on a line of a file (JSONL), with the byte offset where that line starts. */
    public static Source atLine(String file, int shard, long index, long offset, long line) {
        return new Source(file, shard, index, offset, line);
    }

    /** A total order over all documents of a run: shard first, then position in the shard. */
    public long ordinal() {
        return ((long) shard << INDEX_BITS) | index;
    }

    @Override
    public String toString() {
        if (line >= 0) return file + ":" + line;
        if (offset >= 0) return file + "@" + offset;
        return file;
    }
}
