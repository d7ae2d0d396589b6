package dev.saring.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * How text is cut into lines, once for every line cleaner and for their evaluation: on {@code '\n'}, a
 * trailing {@code '\r'} removed, and a final line break does not open an empty last line.
 *
 * <pre>{@code
 * Lines.split("a\r\nb\n");   // [a, b]
 * }</pre>
 */
public final class Lines {

    private Lines() {
    }

    /** The lines of {@code text}. */
    public static List<String> split(String text) {
        var out = new ArrayList<String>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            out.add(text.substring(start, e));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }
}
