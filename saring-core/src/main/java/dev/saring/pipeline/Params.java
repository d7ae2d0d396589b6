package dev.saring.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads named settings of one stage from a config section, with defaults, and checks each: a value out
 * of range or a name the stage does not know is an {@link IllegalArgumentException} that names the key,
 * the value and what is allowed. Call {@link #finish()} after reading, so that typos are caught.
 *
 * <pre>{@code
 * Params p = Params.of("gopher", Map.of("min_words", "50"));
 * int minWords = p.intIn("min_words", 50, 0, 100_000);
 * p.finish();   // throws if the section had a key nobody read
 * }</pre>
 */
public final class Params {

    /**
     * One setting as a stage read it: the section, the key, the default the stage had for it, and the value
     * the section gave (null when it gave none).
     */
    public record Read(String section, String key, Object dflt, Object given) {
    }

    /** Reads recorded on this thread while {@link #recording} runs; null otherwise. */
    private static final ThreadLocal<List<Read>> RECORDING = new ThreadLocal<>();

    private final String section;
    private final Map<String, ?> values;
    private final Set<String> read = new TreeSet<>();

    private Params(String section, Map<String, ?> values) {
        this.section = section;
        this.values = values;
    }

    public static Params of(String section, Map<String, ?> values) {
        return new Params(section, values == null ? Map.of() : values);
    }

    /**
     * Runs {@code action} and returns every setting it read through a {@code Params} on this thread, in
     * order: what {@code saring config} prints, each value with where it came from.
     *
     * <pre>{@code
     * List<Params.Read> reads = Params.recording(() -> config.pipeline());
     * }</pre>
     */
    public static List<Read> recording(Runnable action) {
        var reads = new ArrayList<Read>();
        List<Read> outer = RECORDING.get();
        RECORDING.set(reads);
        try {
            action.run();
        } finally {
            if (outer == null) RECORDING.remove();
            else RECORDING.set(outer);
        }
        return reads;
    }

    /** The section's name, as errors print it: {@code gopher}, {@code id.gopher-quality}. */
    public String section() {
        return section;
    }

    public double doubleIn(String key, double dflt, double min, double max) {
        Object v = take(key, dflt);
        if (v == null) return dflt;
        double d;
        try {
            d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw bad(key, v, "a number in [" + min + ", " + max + "]");
        }
        if (!(d >= min && d <= max)) throw bad(key, v, "a number in [" + min + ", " + max + "]");
        return d;
    }

    public int intIn(String key, int dflt, int min, int max) {
        Object v = take(key, dflt);
        if (v == null) return dflt;
        long l;
        try {
            l = v instanceof Number n && !(v instanceof Double || v instanceof Float) ? n.longValue() : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            throw bad(key, v, "a whole number in [" + min + ", " + max + "]");
        }
        if (l < min || l > max) throw bad(key, v, "a whole number in [" + min + ", " + max + "]");
        return (int) l;
    }

    public boolean bool(String key, boolean dflt) {
        Object v = take(key, dflt);
        if (v == null) return dflt;
        if (v instanceof Boolean b) return b;
        return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw bad(key, v, "true or false");
        };
    }

    public String string(String key, String dflt) {
        Object v = take(key, dflt);
        return v == null ? dflt : v.toString();
    }

    public String oneOf(String key, String dflt, Set<String> allowed) {
        String v = string(key, dflt);
        if (!allowed.contains(v)) throw bad(key, v, "one of " + new TreeSet<>(allowed));
        return v;
    }

    /** Throws if the section holds a key that was not read: most often a typo. */
    public void finish() {
        var unknown = new TreeSet<String>(values.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown setting " + section + "." + unknown.first()
                    + " (known: " + String.join(", ", read) + ")");
        }
    }

    private Object take(String key, Object dflt) {
        read.add(key);
        Object v = values.get(key);
        List<Read> recording = RECORDING.get();
        if (recording != null) recording.add(new Read(section, key, dflt, v));
        return v;
    }

    private IllegalArgumentException bad(String key, Object value, String allowed) {
        return new IllegalArgumentException(section + "." + key + " = " + value + " is out of range: allowed is " + allowed);
    }
}
