package dev.saring.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Cuts a large input file into {@link InputSplit}s of about a target size at record boundaries, so that one
 * big input keeps every core busy. Deterministic: the same file and target give the same splits.
 *
 * <ul>
 *   <li>JSON Lines, uncompressed: cut just after a line end, the first at or after each multiple of the
 *       target; the file is read once to count lines, so every split knows its first line number.</li>
 *   <li>WARC and WET whose records are each a gzip member (as Common Crawl writes them): cut at the first
 *       member at or after each multiple of the target that is one: the gzip magic ({@code 1f 8b 08}, no
 *       reserved flags), a header that decodes, and decompressed bytes that start {@code WARC/}.</li>
 *   <li>Everything else stays one split: zstd or single-member gzip files (a compressed stream has no
 *       place to start in the middle), a JSON array file, CSV and TSV (a quoted field may hold line
 *       breaks), HTML and text (one document each), plain WARC.</li>
 * </ul>
 *
 * <pre>{@code
 * List<InputSplit> splits = InputSplits.of(file, InputFormat.AUTO, 64L << 20, 0);
 * }</pre>
 */
public final class InputSplits {

    /** Default target size of a split: big enough that per-shard overhead does not matter. */
    public static final long DEFAULT_TARGET_BYTES = 64L << 20;

    private static final int SCAN_CHUNK_BYTES = 1 << 20;
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final int GZIP_FLAGS_OFFSET = 3;
    private static final int GZIP_RESERVED_FLAGS = 0xe0;
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    /** How far into a file its opening {@code [} is looked for (as the JSONL reader does). */
    private static final int ARRAY_SNIFF_BYTES = 4096;

    private InputSplits() {
    }

    /**
     * The splits of {@code file}, numbered from {@code firstShard}. A file that cannot be read, or is not
     * larger than the target, is one split: its reader reports any problem.
     *
     * @param format      as for {@link Readers#open}; {@link InputFormat#AUTO} detects it
     * @param targetBytes the size a split should have, at least 1
     */
    public static List<InputSplit> of(InputFile file, InputFormat format, long targetBytes, int firstShard) {
        if (targetBytes < 1) throw new IllegalArgumentException("targetBytes must be >= 1, was " + targetBytes);
        try {
            if (!Files.isRegularFile(file.path()) || Files.size(file.path()) <= targetBytes) return whole(firstShard);
            InputFormat fmt = format == InputFormat.AUTO ? Readers.detect(file) : format;
            Compression compression = Compression.of(file.path());
            try (FileChannel ch = FileChannel.open(file.path())) {
                if (fmt == InputFormat.JSONL && compression == Compression.NONE && !startsWithArray(ch)) {
                    return lines(ch, targetBytes, firstShard);
                }
                if ((fmt == InputFormat.WARC || fmt == InputFormat.WET) && compression == Compression.GZIP) {
                    return gzipMembers(ch, file, targetBytes, firstShard);
                }
            }
        } catch (IOException e) {
            // unreadable here: one split, whose reader reports why
        }
        return whole(firstShard);
    }

    private static List<InputSplit> whole(int shard) {
        return List.of(InputSplit.whole(shard));
    }

    /** Cuts after the first line end at or past each multiple of the target, counting lines on the way. */
    private static List<InputSplit> lines(FileChannel ch, long target, int firstShard) throws IOException {
        long size = ch.size();
        var starts = new ArrayList<long[]>();   // {offset, line}
        starts.add(new long[] {0, 1});
        long nextCut = target;
        long newlines = 0;
        var buf = ByteBuffer.allocate(SCAN_CHUNK_BYTES);
        long pos = 0;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n < 0) break;
            byte[] b = buf.array();
            for (int i = 0; i < n; i++) {
                if (b[i] != '\n') continue;
                newlines++;
                long after = pos + i + 1;
                if (after >= nextCut && after < size) {
                    starts.add(new long[] {after, newlines + 1});
                    nextCut = after + target;
                }
            }
            pos += n;
        }
        var out = new ArrayList<InputSplit>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            long end = k + 1 < starts.size() ? starts.get(k + 1)[0] : Long.MAX_VALUE;
            out.add(new InputSplit(firstShard + k, starts.get(k)[0], end, starts.get(k)[1]));
        }
        return out;
    }

    /** Cuts at the first verified record member at or past each multiple of the target. */
    private static List<InputSplit> gzipMembers(FileChannel ch, InputFile file, long target, int firstShard) throws IOException {
        long size = ch.size();
        var starts = new ArrayList<Long>();
        starts.add(0L);
        long from = target;
        while (from < size) {
            long member = nextRecordMember(ch, file, from, size);
            if (member < 0) break;
            starts.add(member);
            from = member + target;
        }
        var out = new ArrayList<InputSplit>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            long end = k + 1 < starts.size() ? starts.get(k + 1) : Long.MAX_VALUE;
            out.add(new InputSplit(firstShard + k, starts.get(k), end, 1));
        }
        return out;
    }

    /** The offset of the first gzip member at or after {@code from} that holds the start of a WARC record; -1 if none. */
    private static long nextRecordMember(FileChannel ch, InputFile file, long from, long size) throws IOException {
        var buf = ByteBuffer.allocate(SCAN_CHUNK_BYTES);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n < 0) break;
            byte[] b = buf.array();
            int last = n - GZIP_MEMBER.length - 1;   // the flags byte after the magic is checked too
            for (int i = 0; i <= last; i++) {
                if (b[i] == GZIP_MEMBER[0] && b[i + 1] == GZIP_MEMBER[1] && b[i + 2] == GZIP_MEMBER[2]
                        && (b[i + GZIP_FLAGS_OFFSET] & GZIP_RESERVED_FLAGS) == 0 && startsRecord(file, pos + i)) {
                    return pos + i;
                }
            }
            if (pos + n >= size) break;
            pos += Math.max(1, last + 1);
        }
        return -1;
    }

    /** Whether a gzip member at {@code offset} decodes and its data starts {@code WARC/}. */
    private static boolean startsRecord(InputFile file, long offset) {
        try (FileChannel ch = FileChannel.open(file.path())) {
            ch.position(offset);
            try (InputStream in = new GZIPInputStream(Channels.newInputStream(ch), WARC_MAGIC.length * 64)) {
                byte[] head = in.readNBytes(WARC_MAGIC.length);
                return java.util.Arrays.equals(head, WARC_MAGIC);
            }
        } catch (IOException | RuntimeException notAMember) {
            return false;
        }
    }

    /** Whether the first byte after a UTF-8 BOM and whitespace is {@code [}: a JSON array, read as one stream. */
    private static boolean startsWithArray(FileChannel ch) throws IOException {
        var buf = ByteBuffer.allocate(ARRAY_SNIFF_BYTES);
        int n = ch.read(buf, 0);
        byte[] b = buf.array();
        int i = 0;
        if (n >= 3 && b[0] == (byte) 0xef && b[1] == (byte) 0xbb && b[2] == (byte) 0xbf) i = 3;
        for (; i < n; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
            return c == '[';
        }
        return false;
    }
}
