package dev.saring.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.io.InputFormat;
import dev.saring.io.OutputCompression;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.pipeline.LocalRunner;
import dev.saring.assembly.Stages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detik.com pages of the shared corpus run as a crawl through the default pipeline of {@code saring run}:
 * every article comes out, with every paragraph of its article body, and none of the furniture that the
 * pages repeat ("Baca juga" links, the "Terpopuler" and "Berita Terkait" lists and their headlines).
 *
 * <p>The truth is taken from the pages' own markup, which saring's extractor does not read: the paragraphs of
 * detik's article-body element (class {@code itp_bodycontent} or {@code detail_text}), less its "Baca juga"
 * and "Lihat juga Video" links, its syndication notice and image captions; and the link texts of the boxes
 * that such a label heads.
 */
class DetikCrawlTest {

    private static final String CORPUS = "corpora/indonesian/detik-html";
    private static final String ARTICLE_BODY = ".itp_bodycontent, .detail_text";
    /** Paragraphs of the article body that are links or notices, not article. */
    private static final List<String> PROMOTIONS = List.of("baca juga", "lihat juga video", "artikel ini telah naik di");
    private static final List<String> LIST_LABELS = List.of("terpopuler", "berita terkait", "baca juga");
    private static final int MIN_PARAGRAPH_WORDS = 6;
    private static final int MIN_HEADLINE_WORDS = 4;

    @TempDir
    Path tmp;

    @Test
    void articlesKeepEveryParagraphAndLoseTheRepeatedFurniture() throws Exception {
        Path dir = SharedData.folder(CORPUS);
        Map<String, String> outputs = runDefaultPipeline(dir);

        int articles = 0;
        int headlines = 0;
        var problems = new ArrayList<String>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                var html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
                String name = page.getFileName().toString();
                String out = outputs.get(name);
                String flatOut = out == null ? "" : flat(out);
                for (String label : List.of("Baca juga", "Terpopuler", "Berita Terkait")) {
                    if (flatOut.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT))) {
                        problems.add(name + ": \"" + label + "\" left in the text");
                    }
                }
                Set<String> listed = listedHeadlines(html);
                headlines += listed.size();
                for (String headline : listed) {
                    if (flatOut.contains(headline)) problems.add(name + ": headline of a list left: " + headline);
                }
                Element body = html.selectFirst(ARTICLE_BODY);
                if (body == null) continue; // the index page: no article
                articles++;
                if (out == null) {
                    problems.add(name + ": article dropped");
                    continue;
                }
                for (String paragraph : paragraphs(body)) {
                    if (!flatOut.contains(paragraph)) problems.add(name + ": paragraph lost: " + paragraph);
                }
            }
        }
        assertThat(articles).isEqualTo(5);
        assertThat(headlines).as("headlines listed under the labels").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** Runs {@code saring run}'s default steps over the folder; output text by input file name. */
    private Map<String, String> runDefaultPipeline(Path dir) throws IOException, InterruptedException {
        Path out = tmp.resolve("out");
        var pipeline = Stages.pipeline(Stages.defaultNames(), Map.of());
        var options = LocalRunner.Options.defaults(out).withThreads(2).withCompression(OutputCompression.parse("none"));
        var files = Readers.expand(List.of(dir.toString()));
        new LocalRunner(pipeline, options).run(files,
                (shard, errors) -> Readers.open(shard.file(), InputFormat.parse("auto"), ReaderOptions.DEFAULTS, errors));
        var texts = new TreeMap<String, String>();
        var json = new ObjectMapper();
        try (Stream<Path> parts = Files.list(out.resolve("clean"))) {
            for (Path part : parts.sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode d = json.readTree(line);
                    texts.put(Path.of(d.get("id").asText()).getFileName().toString(), d.get("text").asText());
                }
            }
        }
        return texts;
    }

    /** Paragraphs of the article body: its {@code <p>} texts, without "Baca juga" links and captions. */
    private static List<String> paragraphs(Element body) {
        var out = new ArrayList<String>();
        for (Element p : body.select("p")) {
            if (!p.select("table, .pic_artikel_sisip, figure, figcaption").isEmpty() || p.closest("table, figure") != null) continue;
            String text = flat(p.text());
            String lower = text.toLowerCase(Locale.ROOT);
            if (PROMOTIONS.stream().anyMatch(lower::startsWith) || words(text) < MIN_PARAGRAPH_WORDS) continue;
            out.add(text);
        }
        return out;
    }

    /** Link texts of the boxes headed by one of {@link #LIST_LABELS}. */
    private static Set<String> listedHeadlines(org.jsoup.nodes.Document html) {
        var out = new LinkedHashSet<String>();
        for (Element e : html.getAllElements()) {
            String own = flat(e.ownText()).toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "");
            if (!LIST_LABELS.contains(own)) continue;
            Element box = e.parent();
            while (box != null && box.select("a").size() < 2) box = box.parent();
            if (box == null || !box.select(ARTICLE_BODY).isEmpty()) continue; // climbed to the article itself
            for (Element a : box.select("a")) {
                String text = flat(a.text());
                if (words(text) >= MIN_HEADLINE_WORDS) out.add(text);
            }
        }
        return out;
    }

    private static String flat(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.split(" ").length;
    }
}
