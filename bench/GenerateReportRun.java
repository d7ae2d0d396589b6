import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * N generated news-like documents as JSONL for bench/report-1m.sh: a mix that gives every chart of the report
 * something to show (furniture lines, short pages, exact copies), deterministic for a seed.
 * Usage: java bench/GenerateReportRun.java N OUT.jsonl
 */
public class GenerateReportRun {
    private static final String[] WORDS = ("harga cabai rawit pasar induk naik minggu terakhir pedagang pasokan petani "
            + "the council said on tuesday that the new bridge would open in spring after a long delay caused by storms "
            + "warga desa pesisir banjir rob rumah nelayan pemerintah kabupaten tanggul darurat relawan").split(" ");
    private static final String[] FURNITURE = {"Baca juga: Harga emas naik lagi", "Terpopuler", "Share this article",
            "ADVERTISEMENT", "Copyright © 2024 Example Media. All rights reserved.", "Home | News | Sport | Contact"};

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        var rnd = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String previous = "";
            for (long i = 0; i < n; i++) {
                String text;
                if (i > 0 && rnd.nextInt(20) == 0) {
                    text = previous; // an exact copy
                } else {
                    var sb = new StringBuilder();
                    int paragraphs = rnd.nextInt(10) == 0 ? 1 : 2 + rnd.nextInt(6);
                    for (int p = 0; p < paragraphs; p++) {
                        int words = rnd.nextInt(10) == 0 ? 5 : 25 + rnd.nextInt(60);
                        for (int k = 0; k < words; k++) sb.append(k == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
                        sb.append(". ").append(i).append('\n');
                        if (rnd.nextInt(3) == 0) sb.append(FURNITURE[rnd.nextInt(FURNITURE.length)]).append('\n');
                    }
                    text = sb.toString();
                }
                previous = text;
                w.write("{\"id\":\"doc-" + i + "\",\"url\":\"https://news" + (i % 97) + ".example/" + i + "\",\"text\":\""
                        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n");
            }
        }
    }
}
