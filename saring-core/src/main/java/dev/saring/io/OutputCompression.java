package dev.saring.io;

import com.github.luben.zstd.ZstdOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * How output shards are compressed. Every choice yields files that can be concatenated (zstd frames, gzip
 * members, plain bytes), which the runner relies on to assemble a shard from several parts.
 */
public enum OutputCompression {
    ZSTD(".zst"), GZIP(".gz"), NONE("");

    /** zstd level 3: zstd's own default, a good speed/ratio point for text. */
    private static final int ZSTD_LEVEL = 3;
    private static final int BUFFER = 1 << 16;

    private final String suffix;

    OutputCompression(String suffix) {
        this.suffix = suffix;
    }

    /** The file name suffix: {@code .zst}, {@code .gz} or empty. */
    public String suffix() {
        return suffix;
    }

    public OutputStream wrap(OutputStream out) throws IOException {
        return switch (this) {
            case ZSTD -> new ZstdOutputStream(out, ZSTD_LEVEL);
            case GZIP -> new GZIPOutputStream(out, BUFFER);
            case NONE -> out;
        };
    }

    public static OutputCompression parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown compression '" + s + "': use zstd, gzip or none");
        }
    }
}
