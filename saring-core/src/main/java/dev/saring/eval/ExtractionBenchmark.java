package dev.saring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The pages of an extraction benchmark folder, in a stable order (by split, then id), read in one of the
 * {@link BenchmarkLayout}s. Only the gold texts are held in memory; HTML is read page by page.
 *
 * <pre>{@code
 * ExtractionBenchmark b = ExtractionBenchmark.read(dir, BenchmarkLayout.detect(dir));
 * b.pages().size();   // 181 for the Zyte benchmark
 * }</pre>
 */
public final class ExtractionBenchmark {

    /** The Zyte benchmark's gold file. */
    public static final String ZYTE_GOLD_FILE = "ground-truth.json";
    /** The Zyte benchmark's HTML folder. */
    public static final String ZYTE_HTML_DIR = "html";
    /** The CleanEval input folder. */
    public static final String CLEANEVAL_INPUT_DIR = "input";
    /** The CleanEval gold folder. */
    public static final String CLEANEVAL_GOLD_DIR = "GoldStandard";
    /** Mozilla Readability's folder of test pages, one folder per page. */
    public static final String READABILITY_PAGES_DIR = "test-pages";
    /** WCXB's folder of per-page gold files. */
    public static final String WCXB_GOLD_DIR = "ground-truth";
    /** DAnIEL's map of page name to language. */
    public static final String DANIEL_LANGUAGES_FILE = "languages.json";
    /** DAnIEL's folder of reference texts. */
    public static final String DANIEL_GOLD_DIR = "reference";
    private static final String READABILITY_SOURCE = "source.html";
    private static final String READABILITY_EXPECTED = "expected.html";

    private static final String ZYTE_CHARSET = "UTF-8";
    private static final String GOLD_URL_PREFIX = "URL:";

    private final Path dir;
    private final BenchmarkLayout layout;
    private final List<BenchmarkPage> pages;

    private ExtractionBenchmark(Path dir, BenchmarkLayout layout, List<BenchmarkPage> pages) {
        this.dir = dir;
        this.layout = layout;
        this.pages = List.copyOf(pages);
    }

    /** Reads the benchmark in {@code dir}, laid out as {@code layout}. */
    public static ExtractionBenchmark read(Path dir, BenchmarkLayout layout) {
        try {
            List<BenchmarkPage> pages = switch (layout) {
                case ZYTE -> readZyte(dir);
                case CLEANEVAL, CLEANPORTALEVAL -> readCleanEval(dir);
                case READABILITY -> readReadability(dir);
                case WCXB -> readWcxb(dir);
                case DANIEL -> readDaniel(dir);
            };
            return new ExtractionBenchmark(dir, layout, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public BenchmarkLayout layout() {
        return layout;
    }

    public List<BenchmarkPage> pages() {
        return pages;
    }

    private static List<BenchmarkPage> readZyte(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve(ZYTE_GOLD_FILE).toFile());
        var byId = new TreeMap<String, JsonNode>();
        for (Map.Entry<String, JsonNode> e : root.properties()) byId.put(e.getKey(), e.getValue());
        var pages = new ArrayList<BenchmarkPage>();
        for (var e : byId.entrySet()) {
            Path html = dir.resolve(ZYTE_HTML_DIR).resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) html = dir.resolve(ZYTE_HTML_DIR).resolve(e.getKey() + ".html");
            if (!Files.isRegularFile(html)) {
                throw new IOException("no HTML for ground-truth id " + e.getKey() + " in " + dir.resolve(ZYTE_HTML_DIR));
            }
            JsonNode v = e.getValue();
            pages.add(new BenchmarkPage(e.getKey(), v.path("url").asText(""), html, ZYTE_CHARSET,
                    v.path("articleBody").asText("")));
        }
        return pages;
    }

    /** WCXB: pages without a {@code main_content} cannot be scored and are left out, as its README does. */
    private static List<BenchmarkPage> readWcxb(Path dir) throws IOException {
        var mapper = new ObjectMapper();
        var pages = new ArrayList<BenchmarkPage>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir.resolve(WCXB_GOLD_DIR))) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            String id = stem(g.getFileName().toString());
            Path html = plainOrGzipped(dir.resolve(ZYTE_HTML_DIR).resolve(id + ".html"));
            if (html == null) continue;
            JsonNode v = mapper.readTree(g.toFile());
            JsonNode main = v.path("ground_truth").path("main_content");
            if (!main.isTextual()) continue;
            pages.add(new BenchmarkPage(id, v.path("url").asText(""), html, null, main.asText(),
                    v.path("_internal").path("page_type").path("primary").asText("")));
        }
        return pages;
    }

    /**
     * DAnIEL: reference texts mark paragraphs with {@code <p>}; pages are named {@code DATE_HOST_HASH}, and
     * the host becomes the page's URL so that passes counting lines per host see the site.
     */
    private static List<BenchmarkPage> readDaniel(Path dir) throws IOException {
        JsonNode langs = new ObjectMapper().readTree(dir.resolve(DANIEL_LANGUAGES_FILE).toFile());
        var names = new TreeMap<String, String>();
        for (Map.Entry<String, JsonNode> e : langs.properties()) names.put(e.getKey(), e.getValue().asText(""));
        var pages = new ArrayList<BenchmarkPage>();
        for (var e : names.entrySet()) {
            Path html = plainOrGzipped(dir.resolve(ZYTE_HTML_DIR).resolve(e.getKey() + ".html"));
            Path gold = plainOrGzipped(dir.resolve(DANIEL_GOLD_DIR).resolve(e.getKey() + ".txt"));
            if (html == null || gold == null) continue;
            String text = cleanEvalGoldText(new String(BenchmarkPage.readMaybeGzipped(gold), StandardCharsets.UTF_8));
            pages.add(new BenchmarkPage(e.getKey(), danielUrl(e.getKey()), html, null, text, e.getValue()));
        }
        return pages;
    }

    /** {@code 20111101_www.express.gr_6648…} to {@code http://www.express.gr/6648…}; empty when the name has no host. */
    static String danielUrl(String name) {
        int a = name.indexOf('_');
        int b = name.lastIndexOf('_');
        if (a < 0 || b <= a + 1) return "";
        return "http://" + name.substring(a + 1, b) + "/" + name.substring(b + 1);
    }

    private static List<BenchmarkPage> readReadability(Path dir) throws IOException {
        var pages = new ArrayList<BenchmarkPage>();
        try (Stream<Path> folders = Files.list(dir.resolve(READABILITY_PAGES_DIR))) {
            for (Path page : folders.filter(Files::isDirectory).sorted().toList()) {
                Path source = plainOrGzipped(page.resolve(READABILITY_SOURCE));
                Path expected = plainOrGzipped(page.resolve(READABILITY_EXPECTED));
                if (source == null || expected == null) continue;   // a page without its expected article cannot be scored
                String gold = FullPageText.of(new String(BenchmarkPage.readMaybeGzipped(expected), StandardCharsets.UTF_8)).strip();
                pages.add(new BenchmarkPage(page.getFileName().toString(), "", source, null, gold));
            }
        }
        return pages;
    }

    private static Path plainOrGzipped(Path plain) {
        if (Files.isRegularFile(plain)) return plain;
        Path gz = plain.resolveSibling(plain.getFileName() + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    /** The folders at or one level below {@code dir} that hold {@code input/} and {@code GoldStandard/}. */
    static List<Path> cleanEvalSplits(Path dir) {
        var out = new ArrayList<Path>();
        if (isCleanEvalSplit(dir)) {
            out.add(dir);
            return out;
        }
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(ExtractionBenchmark::isCleanEvalSplit).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isCleanEvalSplit(Path d) {
        return Files.isDirectory(d.resolve(CLEANEVAL_INPUT_DIR)) && Files.isDirectory(d.resolve(CLEANEVAL_GOLD_DIR));
    }

    private static List<BenchmarkPage> readCleanEval(Path dir) throws IOException {
        List<Path> splits = cleanEvalSplits(dir);
        if (splits.isEmpty()) throw new IOException("no input/ and GoldStandard/ folders in " + dir);
        var pages = new ArrayList<BenchmarkPage>();
        for (Path split : splits) {
            String prefix = split.equals(dir) ? "" : split.getFileName() + "/";
            var golds = new TreeMap<String, Path>(Comparator.comparing(ExtractionBenchmark::naturalKey));
            try (Stream<Path> files = Files.list(split.resolve(CLEANEVAL_GOLD_DIR))) {
                files.forEach(f -> golds.put(stem(f.getFileName().toString()), f));
            }
            for (var e : golds.entrySet()) {
                Path input = split.resolve(CLEANEVAL_INPUT_DIR).resolve(e.getKey() + ".html.gz");
                if (!Files.isRegularFile(input)) input = split.resolve(CLEANEVAL_INPUT_DIR).resolve(e.getKey() + ".html");
                if (!Files.isRegularFile(input)) continue;   // a gold file without its page cannot be scored
                String raw = new String(BenchmarkPage.readMaybeGzipped(e.getValue()), StandardCharsets.UTF_8).stripLeading();
                String url = "";
                int eol = raw.indexOf('\n');
                String first = (eol < 0 ? raw : raw.substring(0, eol)).strip();
                if (first.startsWith(GOLD_URL_PREFIX)) {
                    url = first.substring(GOLD_URL_PREFIX.length()).strip();
                    raw = eol < 0 ? "" : raw.substring(eol + 1);
                }
                pages.add(new BenchmarkPage(prefix + e.getKey(), url, input, null, cleanEvalGoldText(raw)));
            }
        }
        return pages;
    }

    /** The text of a CleanEval gold file body: its markup ({@code <p>}, {@code <h>}, {@code <l>}) parsed as HTML. */
    static String cleanEvalGoldText(String marked) {
        return Jsoup.parseBodyFragment(marked).body().wholeText();
    }

    private static String stem(String fileName) {
        String s = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /** Numbers sort by value ({@code 2} before {@code 10}), other names as text. */
    private static String naturalKey(String name) {
        boolean digits = !name.isEmpty() && name.chars().allMatch(Character::isDigit);
        return digits ? "0".repeat(Math.max(0, 12 - name.length())) + name : name;
    }
}
