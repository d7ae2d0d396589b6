package dev.saring.repair;

import dev.saring.extract.MainContentExtractor;
import dev.saring.io.DocumentReader;
import dev.saring.io.InputError;
import dev.saring.io.InputFile;
import dev.saring.io.InputFormat;
import dev.saring.io.ReaderOptions;
import dev.saring.io.Readers;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.testdata.Csv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.text.Normalizer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Repair must leave correct text alone. The shared corpora hold real damage too (Welsh sentences with
 * {@code Ã¢}, news with {@code &nbsp;}, C1 controls for curly quotes), so a text counts as correct when a
 * check independent of the repair code finds no sign of damage in it; such a text must come out the same,
 * up to canonical equivalence (NFC reorders combining marks, as in Arabic shadda and kasra).
 */
class SharedCorporaRepairTest {

    private static final TextRepair REPAIR = TextRepair.defaults();
    /** Signs of damage: a complete entity, a control character, or a mojibake lead letter before a Windows-1252 upper-half sign. */
    private static final Pattern DAMAGE = Pattern.compile(
            "&#?[A-Za-z0-9]{2,8};|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]|[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

    private static Path shared(String relative) {
        String root = System.getProperty("saring.shared");
        Path p = root == null ? null : Path.of(root).resolve(relative);
        assumeTrue(p != null && Files.isDirectory(p), "shared data not available (" + relative + "): skipped");
        return p;
    }

    /** The changes made to texts without a sign of damage; prints how many damaged texts were repaired. */
    private static List<String> changed(List<String> texts) {
        var out = new ArrayList<String>();
        int repaired = 0;
        for (String t : texts) {
            String r = REPAIR.repair(t, true, new int[5]);
            if (r.equals(t) || r.equals(Normalizer.normalize(t, Normalizer.Form.NFC))) continue;
            if (DAMAGE.matcher(t).find()) repaired++;
            else out.add(firstDifference(t, r));
        }
        System.out.println("repair: " + repaired + " of " + texts.size() + " texts showed damage and were repaired");
        return out;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 30);
        return "'" + a.substring(from, Math.min(a.length(), i + 30)) + "' -> '" + b.substring(from, Math.min(b.length(), i + 30)) + "'";
    }

    @Test
    void indonesianScrapedNewsIsLeftAsItIs() throws IOException {
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Files.list(shared("corpora/indonesian/scraped-news-csv"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                var rows = Csv.parse(Files.readString(f, StandardCharsets.UTF_8));
                int col = rows.get(0).indexOf("FullText");
                for (var row : rows.subList(1, rows.size())) if (row.size() > col) texts.add(row.get(col));
            }
        }
        assertThat(texts.size()).isGreaterThan(300);
        assertThat(changed(texts)).isEmpty();
    }

    @Test
    void danielReferenceTextsAreLeftAsTheyAre() throws IOException {
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Files.list(shared("benchmarks/extraction/daniel/reference"))) {
            for (Path f : files.sorted().toList()) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        assertThat(texts.size()).isGreaterThan(100);
        assertThat(changed(texts)).isEmpty();
    }

    @Test
    void linguaSentencesOfEveryLanguageAreLeftAsTheyAre() throws IOException {
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Files.list(shared("corpora/langid/lingua/sentences"))) {
            for (Path f : files.sorted().toList()) texts.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        assertThat(texts.size()).isGreaterThan(10_000);
        assertThat(changed(texts)).isEmpty();
    }

    @Test
    void extractedTextOfTheWarcSamplesIsLeftAsItIs() throws IOException {
        var extractor = MainContentExtractor.defaults();
        var texts = new ArrayList<String>();
        try (Stream<Path> files = Files.list(shared("corpora/warc"))) {
            int shard = 0;
            for (Path f : files.filter(p -> p.toString().contains(".warc") || p.toString().contains(".arc")).sorted().toList()) {
                var errors = new ArrayList<InputError>();
                try (DocumentReader r = Readers.open(new InputFile(f, f.getFileName().toString(), shard++), InputFormat.AUTO, ReaderOptions.DEFAULTS, errors::add)) {
                    for (Document d : r) {
                        if (extractor.apply(d) instanceof Outcome.Kept k) texts.add(k.document().text());
                    }
                }
            }
        }
        assertThat(texts.size()).isGreaterThan(90);
        assertThat(changed(texts)).isEmpty();
    }
}
