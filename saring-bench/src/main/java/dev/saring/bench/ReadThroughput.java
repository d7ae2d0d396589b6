package dev.saring.bench;

import dev.saring.io.DocumentReader;
import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.model.Document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads input files through {@link Readers} several times and prints how fast: compressed megabytes per
 * second (to compare with {@code zcat} on the same bytes) and payload megabytes per second. Every byte of
 * every document is folded into a checksum, eight at a time, so that nothing is optimised away. Run by {@code bench/read-throughput.sh}.
 *
 * <pre>{@code
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.ReadThroughput --rounds 20 crawl/*.warc.gz
 * }</pre>
 */
public final class ReadThroughput {

    private static final double MEGA = 1e6;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final int DEFAULT_ROUNDS = 20;
    private static final int DEFAULT_WARMUP_ROUNDS = 5;

    private ReadThroughput() {
    }

    /** Totals of one round over all files. */
    private record Round(long docs, long payloadBytes, long errors, long checksum) {
    }

    public static void main(String[] args) throws IOException {
        int rounds = DEFAULT_ROUNDS;
        int warmup = DEFAULT_WARMUP_ROUNDS;
        var paths = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty() || rounds < 1 || warmup < 0) {
            System.err.println("usage: ReadThroughput [--rounds N] [--warmup N] FILE|DIR|GLOB...");
            System.exit(1);
        }
        List<InputFile> files = Readers.expand(paths);
        long compressed = 0;
        for (InputFile f : files) compressed += Files.size(f.path());

        for (int i = 0; i < warmup; i++) readAll(files);
        long start = System.nanoTime();
        Round last = null;
        long checksum = 0;
        for (int i = 0; i < rounds; i++) {
            last = readAll(files);
            checksum += last.checksum();
        }
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;

        System.out.printf(Locale.ROOT, "files=%d compressed_bytes=%d rounds=%d docs_per_round=%d payload_bytes_per_round=%d errors_per_round=%d checksum=%d%n",
                files.size(), compressed, rounds, last.docs(), last.payloadBytes(), last.errors(), checksum);
        System.out.printf(Locale.ROOT, "seconds=%.3f compressed_MBps=%.1f payload_MBps=%.1f docs_per_second=%.0f%n",
                seconds, compressed * rounds / MEGA / seconds, last.payloadBytes() * rounds / MEGA / seconds,
                last.docs() * rounds / seconds);
    }

    /** Every byte of {@code b} folded into one value, eight at a time: cheap next to reading them. */
    private static long fold(byte[] b) {
        LongBuffer longs = ByteBuffer.wrap(b).asLongBuffer();
        long x = 0;
        while (longs.hasRemaining()) x ^= longs.get();
        for (int i = b.length - b.length % Long.BYTES; i < b.length; i++) x ^= b[i];
        return x;
    }

    private static Round readAll(List<InputFile> files) throws IOException {
        long docs = 0;
        long payload = 0;
        long checksum = 0;
        long[] errors = {0};
        for (InputFile f : files) {
            try (DocumentReader r = Readers.open(f, InputFormat.AUTO, ReaderOptions.DEFAULTS, e -> errors[0]++)) {
                for (Document d : r) {
                    docs++;
                    if (d.isRaw()) {
                        byte[] b = d.raw().orElseThrow().bytes();
                        payload += b.length;
                        checksum += fold(b);
                    } else {
                        String t = d.text();
                        payload += t.length();
                        checksum += t.hashCode();
                    }
                }
            }
        }
        return new Round(docs, payload, errors[0], checksum);
    }
}
