package dev.saring.lang;

import com.github.pemistahl.lingua.api.Language;
import dev.saring.lang.internal.LinguaCodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Lingua's published accuracy per language, from its {@code aggregated-accuracy-values.csv} (one row per
 * language, columns such as {@code sentences-lingua-high}, in percent): to print beside our own figures.
 *
 * <pre>{@code
 * PublishedAccuracy p = PublishedAccuracy.read(Path.of("accuracy-reports/aggregated-accuracy-values.csv"));
 * p.get("id", "sentences-lingua-high");   // OptionalDouble[80.8]
 * }</pre>
 */
public final class PublishedAccuracy {

    public static final String FILE_NAME = "aggregated-accuracy-values.csv";
    public static final String SENTENCES_HIGH = "sentences-lingua-high";
    public static final String SENTENCES_LOW = "sentences-lingua-low";

    private final Map<String, Map<String, Double>> byCode;

    private PublishedAccuracy(Map<String, Map<String, Double>> byCode) {
        this.byCode = byCode;
    }

    public static PublishedAccuracy read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new IOException(csv + " is empty");
        List<String> header = Arrays.asList(lines.get(0).split(","));
        var byCode = new TreeMap<String, Map<String, Double>>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length != header.size()) continue;
            String code;
            try {
                code = LinguaCodes.code(Language.valueOf(cells[0].trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                continue;   // a language this Lingua does not have
            }
            var values = new TreeMap<String, Double>();
            for (int c = 1; c < cells.length; c++) {
                try {
                    double v = Double.parseDouble(cells[c]);
                    if (!Double.isNaN(v)) values.put(header.get(c), v);
                } catch (NumberFormatException e) {
                    // not a number: left out
                }
            }
            byCode.put(code, Collections.unmodifiableMap(values));
        }
        return new PublishedAccuracy(Collections.unmodifiableMap(byCode));
    }

    /** The published percentage in {@code column} for the language {@code code}, if any. */
    public OptionalDouble get(String code, String column) {
        Double v = byCode.getOrDefault(code, Map.of()).get(column);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public java.util.Set<String> languages() {
        return byCode.keySet();
    }
}
