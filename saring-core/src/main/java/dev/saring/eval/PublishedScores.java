package dev.saring.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scores other extractors published for a benchmark, overall ({@code "all"}) and by group (page type),
 * read from a table shipped with saring ({@code published-<layout>.tsv}, each citing its source), so that
 * {@code saring eval extraction} prints them beside its own. Immutable.
 *
 * <pre>{@code
 * PublishedScores p = PublishedScores.of(BenchmarkLayout.WCXB).orElseThrow();
 * p.systems();                      // [rs-trafilatura, trafilatura, readability]
 * p.score("forum", "trafilatura");  // OptionalDouble[0.585]
 * }</pre>
 */
public final class PublishedScores {

    /** The group name of the overall figures. */
    public static final String ALL = "all";

    private final List<String> systems;
    private final Map<String, double[]> byGroup;

    private PublishedScores(List<String> systems, Map<String, double[]> byGroup) {
        this.systems = List.copyOf(systems);
        this.byGroup = byGroup;
    }

    /** The published scores of {@code layout}'s benchmark, if saring ships any. */
    public static Optional<PublishedScores> of(BenchmarkLayout layout) {
        String name = "published-" + layout.label() + ".tsv";
        try (InputStream in = PublishedScores.class.getResourceAsStream(name)) {
            if (in == null) return Optional.empty();
            return Optional.of(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static PublishedScores parse(BufferedReader r) throws IOException {
        List<String> systems = null;
        var byGroup = new LinkedHashMap<String, double[]>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (systems == null) {
                systems = Arrays.asList(cells).subList(1, cells.length);
                continue;
            }
            double[] v = new double[systems.size()];
            for (int i = 0; i < v.length; i++) v[i] = i + 1 < cells.length ? Double.parseDouble(cells[i + 1]) : Double.NaN;
            byGroup.put(cells[0].toLowerCase(Locale.ROOT), v);
        }
        if (systems == null) throw new IOException("no header line");
        return new PublishedScores(systems, byGroup);
    }

    /** The systems, in the table's order. */
    public List<String> systems() {
        return systems;
    }

    /** {@code system}'s published score on {@code group} ({@link #ALL} for the whole benchmark), if given. */
    public OptionalDouble score(String group, String system) {
        double[] v = byGroup.get(group.toLowerCase(Locale.ROOT));
        int i = systems.indexOf(system);
        if (v == null || i < 0 || Double.isNaN(v[i])) return OptionalDouble.empty();
        return OptionalDouble.of(v[i]);
    }

    /** The best published score on {@code group}, if any. */
    public OptionalDouble best(String group) {
        double[] v = byGroup.get(group.toLowerCase(Locale.ROOT));
        if (v == null) return OptionalDouble.empty();
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).max();
    }
}
