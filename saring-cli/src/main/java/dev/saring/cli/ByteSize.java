package dev.saring.cli;

import java.util.Locale;

/**
 * A size in bytes as written on the command line: a whole number with an optional binary suffix
 * ({@code k}, {@code m}, {@code g}; {@code 64m} is 64 MiB).
 *
 * <pre>{@code
 * ByteSize.parse("--shard-size", "64m");   // 67108864
 * }</pre>
 */
final class ByteSize {

    private ByteSize() {
    }

    /** @throws IllegalArgumentException naming {@code option} and the value, for anything but a positive size */
    static long parse(String option, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int shift = 0;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                default -> shift = -1;
            }
            if (shift >= 0) v = v.substring(0, v.length() - 1);
            else shift = 0;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a size such as 64m or 1g, was '" + value + "'");
        }
        if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException(option + " must be at least 1 byte and fit in 63 bits, was '" + value + "'");
        }
        return n << shift;
    }
}
