package dev.saring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import dev.saring.filter.FineWebQualityFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Derives saring's per-language filter table ({@code saring-core/.../filter/languages.json}) from FineWeb-2's
 * per-language configs, so that the two cannot drift: a test in this module compares the committed table
 * with a fresh derivation.
 *
 * <p>For each language of {@code fineweb2-languages.tsv} (ISO 639-1 code → FineWeb-2 subset, with the reason
 * for each non-obvious choice) it reads {@code configs/<subset>.yml} and maps its keys to saring's steps as
 * FineWeb-2's {@code fineweb-2-pipeline.py} passes them to datatrove's filters, with the settings that
 * pipeline fixes for every language (paragraph and line-character repetition off, short-line rule off,
 * {@code char_duplicates_ratio} 0.1, {@code min_stop_words} 2, no C4 filter). Two things are saring's own:
 * <ul>
 *   <li>{@code language_score} is not copied: FineWeb-2 set it on GlotLID's probabilities, which saring's
 *       score is not (see {@code LanguageScoreFilter}); every language gets {@link #MIN_LANGUAGE_SCORE},
 *       a bar on saring's own scale;</li>
 *   <li>{@code stop_chars} (the line-ending marks of the FineWeb rule) are datatrove's {@code . ' " ! ?}
 *       with every quotation mark ({@link FineWebQualityFilter#QUOTATION_MARKS}: a line that ends a quoted
 *       sentence ends in „…“, «…» or 「…」 as often as in "…"), plus Unicode's sentence terminators of the language's script (datatrove's multilingual
 *       {@code TERMINAL_PUNCTUATION} is that Unicode property), and for Han, Japanese and Hangul text the
 *       closing brackets and quote a sentence there ends inside.</li>
 * </ul>
 * {@code en} (FineWeb English's settings) and {@code und} (the language-agnostic rules for every language
 * without an entry) are written by hand here: FineWeb-2 has neither.
 *
 * <pre>{@code
 * java -cp saring-bench/target/benchmarks.jar dev.saring.bench.LanguageTableGenerator \
 *     ../shared/reference/fineweb-2 saring-core/src/main/resources/dev/saring/filter/languages.json
 * }</pre>
 */
public final class LanguageTableGenerator {

    /** The mapping table, a resource beside this class. */
    public static final String MAPPING = "fineweb2-languages.tsv";
    /**
     * saring's language score is the winner's share of the document's windows: below one half, most of the
     * text is in other languages (a mixed or mislabelled page). FineWeb-2's numbers are GlotLID probabilities.
     */
    static final double MIN_LANGUAGE_SCORE = 0.5;
    /** FineWeb-2's bar on the characters of duplicated lines, the same for every language. */
    private static final double CHAR_DUPLICATES_RATIO = 0.1;
    private static final String DATATROVE_STOP_CHARS = ".'\"!?";
    /** Full-width marks (script Common, so not found by script) and closers that end CJK sentences. */
    private static final String CJK_CLOSERS = "\uff01\uff1f\u300d\u300f\uff09\u201d";
    private static final int COMMENT_WIDTH = 110;
    private static final Pattern COMMIT = Pattern.compile("commit ([0-9a-f]{40})");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private LanguageTableGenerator() {
    }

    /** One row of the mapping table: {@code subset} is {@code -} for English. */
    public record Mapping(String code, String language, String subset, String why) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[1].equals("--docs")) {
            System.out.print(docsTable(Path.of(args[0])));
            return;
        }
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LanguageTableGenerator FINEWEB2_DIR [OUT.json | --docs]   (without OUT: standard output;"
                    + " --docs: the Markdown table of docs/language-and-filters.md)");
            System.exit(1);
        }
        String table = generate(Path.of(args[0]));
        if (args.length == 2) {
            Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
            System.err.println("wrote " + args[1]);
        } else {
            System.out.print(table);
        }
    }

    /** The mapping table, in its order (by code). */
    public static List<Mapping> mappings() {
        try (InputStream in = LanguageTableGenerator.class.getResourceAsStream(MAPPING)) {
            if (in == null) throw new IllegalStateException("missing resource " + MAPPING);
            var out = new ArrayList<Mapping>();
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) throw new IllegalStateException(MAPPING + ": expected 4 columns: " + line);
                out.add(new Mapping(f[0], f[1], f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The FineWeb-2 commit that {@code SOURCE.md} of the reference folder names. */
    static String commit(Path fineweb2) throws IOException {
        var m = COMMIT.matcher(Files.readString(fineweb2.resolve("SOURCE.md")));
        if (!m.find()) throw new IllegalArgumentException(fineweb2.resolve("SOURCE.md") + " names no commit");
        return m.group(1);
    }

    /** The whole table, as committed. */
    public static String generate(Path fineweb2) throws IOException {
        var out = new StringBuilder();
        header(out, commit(fineweb2));
        out.append("{\n");
        out.append("  // The language-agnostic rules: every language without an entry (and a document without a language)\n");
        out.append("  // gets these, never another language's stop words or word lengths.\n");
        entry(out, "und", agnostic(), false);
        out.append("  // FineWeb (English): datatrove's defaults, C4 as FineWeb's pipeline ran it, char_duplicates_ratio as FineWeb-2's; FineWeb-2 has no English config.\n");
        entry(out, "en", english(), false);
        var rows = mappings();
        for (int i = 0; i < rows.size(); i++) {
            Mapping m = rows.get(i);
            if (m.subset().equals("-")) continue;
            Path yml = fineweb2.resolve("configs").resolve(m.subset() + ".yml");
            if (!Files.isRegularFile(yml)) throw new IllegalArgumentException("no FineWeb-2 config " + yml + " for " + m.code());
            JsonNode config = YAML.readTree(yml.toFile());
            comment(out, m.language() + ": FineWeb-2 " + m.subset() + (m.why().isEmpty() ? "" : ". " + m.why() + "."));
            entry(out, m.code(), derive(m, config), i == rows.size() - 1);
        }
        out.append("}\n");
        return out.toString();
    }

    /** Where the generated table sits in {@code docs/language-and-filters.md}. */
    public static final String DOCS_BEGIN = "<!-- languages table: generated by LanguageTableGenerator FINEWEB2_DIR --docs -->";
    public static final String DOCS_END = "<!-- end of languages table -->";

    /**
     * The per-language table of {@code docs/language-and-filters.md}: for each language the FineWeb-2 subset,
     * the thresholds that differ most between languages, and why the subset was chosen where that is not obvious.
     */
    public static String docsTable(Path fineweb2) throws IOException {
        var out = new StringBuilder(DOCS_BEGIN).append('\n');
        out.append("| code | language | FineWeb-2 subset | word length | stop words (of them) | line_punct_thr | new_line_ratio | dup_line_frac | why this subset |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Mapping m : mappings()) {
            Map<String, Map<String, Object>> e;
            String subset;
            if (m.subset().equals("-")) {
                e = english();
                subset = "(FineWeb's English)";
            } else {
                e = derive(m, YAML.readTree(fineweb2.resolve("configs").resolve(m.subset() + ".yml").toFile()));
                subset = m.subset();
            }
            var g = e.get("gopher-quality");
            var f = e.get("fineweb-quality");
            @SuppressWarnings("unchecked") var words = (List<String>) g.get("stop_words");
            String sample = String.join(" ", words.subList(0, Math.min(4, words.size())));
            out.append("| ").append(m.code()).append(" | ").append(m.language()).append(" | ").append(subset)
                    .append(" | ").append(g.get("min_avg_word_length")).append("-").append(g.get("max_avg_word_length"))
                    .append(" | ").append(g.get("min_stop_words")).append(" of ").append(words.size()).append(": ").append(sample.replace("|", "\\|"))
                    .append(" | ").append(f.get("line_punct_thr")).append(" | ").append(f.get("new_line_ratio"))
                    .append(" | ").append(e.get("gopher-repetition").get("dup_line_frac"))
                    .append(" | ").append(m.why().replace("|", "\\|")).append(" |\n");
        }
        return out.append(DOCS_END).append('\n').toString();
    }

    private static void header(StringBuilder out, String commit) {
        out.append("""
                // Per-language settings of saring's quality filters. GENERATED from FineWeb-2's per-language configs
                // (huggingface/fineweb-2, commit %s: configs/<iso639-3>_<Script>.yml and the settings
                // fineweb-2-pipeline.py fixes for every language) by saring-bench's LanguageTableGenerator, with the
                // ISO 639-1 -> FineWeb-2 mapping of its fineweb2-languages.tsv; do not edit by hand, regenerate:
                //   java -cp saring-bench/target/benchmarks.jar dev.saring.bench.LanguageTableGenerator \\
                //       ../shared/reference/fineweb-2 saring-core/src/main/resources/dev/saring/filter/languages.json
                // (LanguageTableGeneratorTest fails when this file and the derivation differ.) To change a language
                // for one run, override it in the run's config (gopher-quality.de.min_doc_words = 100) or give a table
                // of your own; see docs/language-and-filters.md.
                //
                // Layout: language (ISO 639-1, as the language step names it; "und" for the language-agnostic rules)
                // -> step -> setting -> value. Steps and settings have the names of datatrove's filters:
                //   language-score     min_score (saring's own scale, not FineWeb-2's GlotLID language_score)
                //   gopher-repetition  dup_line_frac, dup_para_frac, dup_line_char_frac, dup_para_char_frac,
                //                      top_n_grams, dup_n_grams       (lists of [n, max fraction] pairs)
                //   fineweb-quality    line_punct_thr, line_punct_exclude_zero, short_line_thr, short_line_length,
                //                      char_duplicates_ratio, new_line_ratio, stop_chars
                //   gopher-quality     min_doc_words, max_doc_words, min_avg_word_length, max_avg_word_length,
                //                      max_symbol_word_ratio, max_bullet_lines_ratio, max_ellipsis_lines_ratio,
                //                      max_non_alpha_words_ratio, min_stop_words, stop_words, stop_word_affixes
                //   c4-quality         min_num_sentences, ... (off for every FineWeb-2 language, as in FineWeb-2)
                // and every step takes "enabled": false to be skipped for that language.
                """.formatted(commit));
    }

    /** What FineWeb-2's pipeline gives datatrove's filters for one language. */
    static Map<String, Map<String, Object>> derive(Mapping m, JsonNode c) {
        var entry = new LinkedHashMap<String, Map<String, Object>>();
        entry.put("language-score", map("min_score", MIN_LANGUAGE_SCORE));
        entry.put("gopher-repetition", map(
                "dup_line_frac", number(c, "dup_line_frac"), "dup_para_frac", 0, "dup_line_char_frac", 0, "dup_para_char_frac", 0,
                "top_n_grams", pairs(c, "top_n_grams"), "dup_n_grams", pairs(c, "dup_n_grams")));
        entry.put("fineweb-quality", map(
                "line_punct_thr", number(c, "line_punct_thr"), "new_line_ratio", number(c, "new_line_ratio"),
                "short_line_thr", 999, "char_duplicates_ratio", CHAR_DUPLICATES_RATIO, "stop_chars", stopChars(m.subset())));
        var gopher = map(
                "min_avg_word_length", number(c, "min_avg_word_length"), "max_avg_word_length", number(c, "max_avg_word_length"),
                "max_non_alpha_words_ratio", number(c, "max_non_alpha_words_ratio"), "min_stop_words", 2,
                "stop_words", strings(c, "stopwords"));
        // Korean stop words are particles and endings ("의", "는", "다") that datatrove's Korean tokenizer cuts
        // off; ICU's words are whole space-delimited words (eojeol), so they are matched at a word's ends.
        if (m.subset().endsWith("_Hang")) gopher.put("stop_word_affixes", true);
        entry.put("gopher-quality", gopher);
        entry.put("c4-quality", map("enabled", false));
        return entry;
    }

    private static Map<String, Map<String, Object>> english() {
        var entry = new LinkedHashMap<String, Map<String, Object>>();
        entry.put("language-score", map("min_score", MIN_LANGUAGE_SCORE));
        entry.put("gopher-repetition", map(
                "dup_line_frac", 0.3, "dup_para_frac", 0.3, "dup_line_char_frac", 0.2, "dup_para_char_frac", 0.2,
                "top_n_grams", List.of(List.of(2, 0.2), List.of(3, 0.18), List.of(4, 0.16)),
                "dup_n_grams", List.of(List.of(5, 0.15), List.of(6, 0.14), List.of(7, 0.13), List.of(8, 0.12), List.of(9, 0.11),
                        List.of(10, 0.10))));
        // char_duplicates_ratio: FineWeb's paper (section 3.6) drops documents whose duplicated lines hold 10% of
        // the characters, datatrove's default (and its appendix table) says 1%; FineWeb-2 uses 0.1 for every
        // language. 0.1 here too, so that English is not held to a bar ten times stricter than every other
        // language: at 0.01 a page loses to a repeated "SOLD!" or "Share" label (53 of the 62 good article
        // pages of the shared extraction benchmarks that fell to char_dup_ratio were between 0.01 and 0.1).
        entry.put("fineweb-quality", map(
                "line_punct_thr", 0.12, "short_line_thr", 0.67, "short_line_length", 30, "char_duplicates_ratio", CHAR_DUPLICATES_RATIO,
                "new_line_ratio", 0.3, "stop_chars", stopChars("eng_Latn")));
        entry.put("gopher-quality", map(
                "min_doc_words", 50, "max_doc_words", 100000, "min_avg_word_length", 3, "max_avg_word_length", 10,
                "max_non_alpha_words_ratio", 0.8, "min_stop_words", 2,
                "stop_words", List.of("the", "be", "to", "of", "and", "that", "have", "with")));
        // As FineWeb's pipeline ran C4 (datatrove's examples/fineweb.py): without filter_no_terminal_punct, so that
        // lines without a full stop (headings, list items, captions) count for sentences, and brackets in them count.
        entry.put("c4-quality", map("min_num_sentences", 5, "filter_no_terminal_punct", false));
        return entry;
    }

    /**
     * The rules that mean the same in every language and script: length, repetition (over ICU's words),
     * symbols, bullets and ellipses, words with a letter, duplicated lines and line breaks per word. Off:
     * the language score (no bar is known for the language), word lengths, stop words and line-ending
     * punctuation (all differ by language), and C4 (English sentences).
     */
    private static Map<String, Map<String, Object>> agnostic() {
        var entry = new LinkedHashMap<String, Map<String, Object>>();
        entry.put("language-score", map("min_score", 0));
        entry.put("gopher-repetition", map("dup_para_frac", 0, "dup_line_char_frac", 0, "dup_para_char_frac", 0));
        entry.put("fineweb-quality", map("line_punct_thr", -1, "short_line_thr", 999, "char_duplicates_ratio", CHAR_DUPLICATES_RATIO));
        entry.put("gopher-quality", map("min_avg_word_length", 0, "max_avg_word_length", 0, "min_stop_words", 0, "stop_words", List.of()));
        entry.put("c4-quality", map("enabled", false));
        return entry;
    }

    /**
     * datatrove's stop characters, every quotation mark, the sentence terminators of the subset's script, the CJK closers, and
     * for Greek the semicolon (its question mark).
     */
    static String stopChars(String subset) {
        String script = subset.substring(subset.indexOf('_') + 1);
        var scripts = new BitSet();
        switch (script) {
            case "Jpan" -> {
                scripts.set(UScript.HAN);
                scripts.set(UScript.HIRAGANA);
                scripts.set(UScript.KATAKANA);
            }
            case "Hani" -> scripts.set(UScript.HAN);
            default -> scripts.set(UScript.getCodeFromName(script));
        }
        var out = new StringBuilder(DATATROVE_STOP_CHARS);
        for (char q : FineWebQualityFilter.QUOTATION_MARKS.toCharArray()) add(out, q);
        UnicodeSet terminators = new UnicodeSet("[\\p{Sentence_Terminal}]").freeze();
        for (var range : terminators.ranges()) {
            for (int cp = range.codepoint; cp <= range.codepointEnd && cp <= 0xFFFF; cp++) {
                if (!hasScript(cp, scripts)) continue;
                add(out, (char) cp);
            }
        }
        if (script.equals("Hani") || script.equals("Jpan") || script.equals("Hang")) {
            for (char ch : CJK_CLOSERS.toCharArray()) add(out, ch);
        }
        // The Greek question mark (U+037E, script Common) is written as the semicolon it decomposes to.
        if (script.equals("Grek")) add(out, ';');
        return out.toString();
    }

    private static boolean hasScript(int cp, BitSet scripts) {
        for (int s = scripts.nextSetBit(0); s >= 0; s = scripts.nextSetBit(s + 1)) {
            if (UScript.hasScript(cp, s)) return true;
        }
        return false;
    }

    private static void add(StringBuilder out, char c) {
        if (out.indexOf(String.valueOf(c)) < 0) out.append(c);
    }

    private static Object number(JsonNode c, String key) {
        JsonNode n = c.get(key);
        if (n == null || !n.isNumber()) throw new IllegalArgumentException("FineWeb-2 config has no number '" + key + "'");
        return n.isIntegralNumber() ? (Object) n.intValue() : (Object) n.doubleValue();
    }

    private static List<List<Object>> pairs(JsonNode c, String key) {
        JsonNode n = c.get(key);
        if (n == null || !n.isArray()) throw new IllegalArgumentException("FineWeb-2 config has no list '" + key + "'");
        var out = new ArrayList<List<Object>>();
        for (JsonNode p : n) out.add(List.of(p.get(0).intValue(), p.get(1).isIntegralNumber() ? (Object) p.get(1).intValue() : p.get(1).doubleValue()));
        return out;
    }

    private static List<String> strings(JsonNode c, String key) {
        JsonNode n = c.get(key);
        if (n == null || !n.isArray()) throw new IllegalArgumentException("FineWeb-2 config has no list '" + key + "'");
        var out = new ArrayList<String>();
        for (JsonNode w : n) out.add(w.asText());
        return out;
    }

    private static LinkedHashMap<String, Object> map(Object... keyValues) {
        var out = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) out.put((String) keyValues[i], keyValues[i + 1]);
        return out;
    }

    /** {@code text} as {@code //} lines of at most {@link #COMMENT_WIDTH} characters. */
    private static void comment(StringBuilder out, String text) {
        var line = new StringBuilder("  //");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > COMMENT_WIDTH && line.length() > 4) {
                out.append(line).append('\n');
                line = new StringBuilder("  //");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }

    /** One entry, a line per step, as a reader of the table wants to scan it. */
    private static void entry(StringBuilder out, String code, Map<String, Map<String, Object>> entry, boolean last) {
        out.append("  \"").append(code).append("\": {\n");
        int i = 0;
        for (var step : entry.entrySet()) {
            out.append("    \"").append(step.getKey()).append("\": {");
            int j = 0;
            for (var setting : step.getValue().entrySet()) {
                out.append(j++ == 0 ? " " : ", ").append(json(setting.getKey())).append(": ").append(json(setting.getValue()));
            }
            out.append(" }").append(++i < entry.size() ? ",\n" : "\n");
        }
        out.append("  }").append(last ? "\n" : ",\n\n");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
