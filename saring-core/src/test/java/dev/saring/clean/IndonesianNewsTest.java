package dev.saring.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.model.Document;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indonesian news text as scrapers deliver it (CSV columns, JSON records): inline markers and "Baca juga"
 * pieces are cut out, and no sentence of the article is lost.
 *
 * <p>An article sentence, for this check, is a sentence of the input with at least six words that ends in
 * sentence punctuation, contains no furniture phrase and is not a title-case headline; it must be found in
 * the cleaned text. The words cut per piece of furniture are bounded, so that a cut that ran on into the
 * article would show.
 */
class IndonesianNewsTest {

    /** Pieces that must be gone (case as pages write them). */
    private static final List<String> FURNITURE = List.of("Baca juga", "Baca Juga", "BACA JUGA", "Lihat juga", "Simak juga",
            "Pilihan Editor", "Pilihan editor", "[Gambas", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT");
    /** Words that mark a sentence as (possibly) furniture, lowercased. */
    private static final List<String> FURNITURE_WORDS = List.of("baca", "lihat juga", "simak", "saksikan", "tonton", "pilihan editor",
            "advertisement", "scroll to continue", "gambas", "editor", "penulis", "reporter", "redaktur", "dapatkan", "sumber:",
            "foto:", "klik", "download", "ikuti", "artikel ini telah", "artikel ini sudah");
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final int MAX_WORDS_PER_CUT = 30;
    private static final int SLACK_WORDS = 10;
    private static final double HEADLINE_CAPITALS = 0.7;
    private static final String NBSP = "&nbsp;";

    private record Text(String id, String text) {
    }

    @Test
    void scrapedCsvArticlesLoseTheirMarkersAndLinksButNoSentence() throws IOException {
        Path dir = SharedData.folder("corpora/indonesian/scraped-news-csv");
        var texts = new ArrayList<Text>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                List<List<String>> rows = dev.saring.testdata.Csv.parse(Files.readString(f, StandardCharsets.UTF_8));
                int col = rows.get(0).indexOf("FullText");
                for (int r = 1; r < rows.size(); r++) texts.add(new Text(f.getFileName() + "#" + r, rows.get(r).get(col)));
            }
        }
        assertThat(texts).hasSizeGreaterThan(400);
        check(texts);
    }

    @Test
    void newsTextRecordsLoseTheirMarkersAndLinksButNoSentence() throws IOException {
        Path dir = SharedData.folder("corpora/indonesian/liputan6-etc-text");
        JsonNode all = new ObjectMapper().readTree(dir.resolve("indon-news.json").toFile());
        var texts = new ArrayList<Text>();
        for (int i = 0; i < all.size(); i++) texts.add(new Text("indon-news#" + i, all.get(i).get("text").asText()));
        assertThat(texts).hasSizeGreaterThan(600);
        check(texts);
    }

    private static void check(List<Text> texts) {
        var cleaner = LineCleaner.defaults();
        var problems = new ArrayList<String>();
        for (Text t : texts) {
            String in = t.text();
            Document d = cleaner.apply(Document.ofText(t.id(), Source.atOffset(t.id(), 0, 0, 0), in)).document();
            String out = d.text();
            String flatIn = in.replace(NBSP, " ");
            for (String f : FURNITURE) {
                if (out.contains(f)) problems.add(t.id() + ": '" + f + "' remains: " + around(out, out.indexOf(f)));
            }
            String flatOut = out.replace(NBSP, " ").replaceAll("\\s+", " ");
            for (String s : sentences(flatIn)) {
                if (isArticleSentence(s) && !flatOut.contains(s.replaceAll("\\s+", " "))) {
                    problems.add(t.id() + ": sentence lost: " + s);
                }
            }
            // a line that kept some text lost only its pieces of furniture: a bounded number of words each
            var inLines = dev.saring.clean.Lines.split(in);
            for (int i = 0; i < inLines.size(); i++) {
                var b = d.blocks().get(i);
                if (!b.isKept() || b.text().equals(inLines.get(i))) continue;
                int cuts = 0;
                String lower = inLines.get(i).toLowerCase(Locale.ROOT);
                for (String w : FURNITURE_WORDS) {
                    for (int k = lower.indexOf(w); k >= 0; k = lower.indexOf(w, k + 1)) cuts++;
                }
                int lost = words(inLines.get(i)) - words(b.text());
                if (lost > MAX_WORDS_PER_CUT * Math.max(1, cuts) + SLACK_WORDS) {
                    problems.add(t.id() + " line " + (i + 1) + ": " + lost + " words cut for " + cuts + " pieces of furniture");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isArticleSentence(String s) {
        String[] w = s.trim().split("\\s+");
        if (w.length < MIN_SENTENCE_WORDS) return false;
        char last = s.charAt(s.length() - 1);
        if (".!?\"”".indexOf(last) < 0) return false;
        String lower = s.toLowerCase(Locale.ROOT);
        for (String f : FURNITURE_WORDS) {
            if (lower.contains(f)) return false;
        }
        int capitals = 0;
        for (String x : w) {
            if (!x.isEmpty() && Character.isUpperCase(x.codePointAt(0))) capitals++;
        }
        return capitals < HEADLINE_CAPITALS * w.length;
    }

    /** Sentences: pieces ending in . ! ? before a space, or at a line break. */
    private static List<String> sentences(String t) {
        var out = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)));
            if (end || i + 1 == t.length()) {
                String s = t.substring(start, i + 1).trim();
                if (!s.isEmpty()) out.add(s);
                start = i + 1;
            }
        }
        return out;
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String around(String s, int i) {
        return s.substring(Math.max(0, i - 60), Math.min(s.length(), i + 100)).replace('\n', ' ');
    }

    /** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes. */
}
