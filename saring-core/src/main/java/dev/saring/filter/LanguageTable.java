package dev.saring.filter;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The per-language settings of the quality filters: language → step → setting → value, read from a JSON
 * file that may hold {@code //} comments. The built-in table ({@code dev/saring/filter/languages.json})
 * has every language the language step can name, generated from FineWeb-2's per-language configs
 * (saring-bench's {@code LanguageTableGenerator}), and {@code und}, the language-agnostic rules. Values are only read here: {@link QualityFilters} checks names and ranges when it builds the
 * filters. Immutable.
 *
 * <pre>{@code
 * LanguageTable t = LanguageTable.builtIn();
 * t.settings("id", "gopher-quality").get("max_avg_word_length");   // 12
 * }</pre>
 */
public final class LanguageTable {

    public static final String RESOURCE = "languages.json";
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private final String origin;
    private final Map<String, Map<String, Map<String, Object>>> entries;

    private LanguageTable(String origin, Map<String, Map<String, Map<String, Object>>> entries) {
        this.origin = origin;
        this.entries = entries;
    }

    /** The table shipped with saring. */
    public static LanguageTable builtIn() {
        try (InputStream in = LanguageTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource dev/saring/filter/" + RESOURCE);
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/saring/filter/" + RESOURCE, e);
        }
    }

    /** A table of one's own, in the same format. */
    public static LanguageTable read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    static LanguageTable parse(InputStream in, String origin) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) throw new IllegalArgumentException(origin + ": expected an object of languages");
        var entries = new TreeMap<String, Map<String, Map<String, Object>>>();
        for (var lang : root.properties()) {
            String code = lang.getKey();
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(origin + ": '" + code + "' is not a lower-case ISO 639 code");
            }
            if (!lang.getValue().isObject()) throw new IllegalArgumentException(origin + ": " + code + " must be an object of steps");
            var sections = new LinkedHashMap<String, Map<String, Object>>();
            for (var section : lang.getValue().properties()) {
                if (!section.getValue().isObject()) {
                    throw new IllegalArgumentException(origin + ": " + code + "." + section.getKey() + " must be an object of settings");
                }
                var settings = new LinkedHashMap<String, Object>();
                for (var setting : section.getValue().properties()) {
                    settings.put(setting.getKey(), JSON.convertValue(setting.getValue(), Object.class));
                }
                sections.put(section.getKey(), Collections.unmodifiableMap(settings));
            }
            entries.put(code, Collections.unmodifiableMap(sections));
        }
        return new LanguageTable(origin, Collections.unmodifiableMap(entries));
    }

    /** Where the table was read from, for error messages. */
    public String origin() {
        return origin;
    }

    /** Languages that have an entry, sorted. */
    public Set<String> languages() {
        return entries.keySet();
    }

    /** The steps that {@code lang}'s entry sets. */
    public Set<String> sections(String lang) {
        return entries.getOrDefault(lang, Map.of()).keySet();
    }

    /** The settings {@code lang}'s entry gives {@code section}; empty if none. */
    public Map<String, Object> settings(String lang, String section) {
        return entries.getOrDefault(lang, Map.of()).getOrDefault(section, Map.of());
    }

    /** Whether {@code lang}'s entry has settings for {@code section}. */
    public boolean has(String lang, String section) {
        return entries.getOrDefault(lang, Map.of()).containsKey(section);
    }

    @Override
    public String toString() {
        return "LanguageTable[" + origin + ": " + String.join(",", entries.keySet()) + "]";
    }
}
