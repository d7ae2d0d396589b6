package dev.saring.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up crawl for whole runs that take long enough to be interrupted: JSON Lines files of articles
 * from a few hosts, in English and Indonesian, with what each step of the default pipeline acts on: menu
 * and footer lines repeated on every page of a host, exact and near duplicates across files, pages too
 * short to keep, and now and then a line that is not JSON. The same seed gives the same bytes.
 */
final class GeneratedCorpus {

    private static final String[] EN = ("the of and to in that is was for with on as by at from it his her they this have had"
            + " which an be are or were their has been would there will more when who into also after about over than"
            + " harbour council ferry terminal market farmers rain river bridge school teachers children village road"
            + " mayor budget plan residents week month year morning evening price rice fish boats coast storm wind"
            + " repair workers report festival museum library station train bus local regional officials said told").split(" ");
    private static final String[] ID = ("yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga atau karena oleh"
            + " sudah masih telah bisa para kata menurut warga desa kota pasar harga beras cabai nelayan kapal sekolah"
            + " guru anak jalan jembatan sungai hujan banjir petani panen pemerintah daerah kepala dinas kesehatan"
            + " minggu bulan tahun pagi sore malam rumah laut pantai angin festival perpustakaan stasiun kereta").split(" ");
    private static final String[][] MENUS = {
            {"Home | News | Sport | Business | Contact", "Subscribe to our newsletter", "© 2024 Harbour Daily. All rights reserved."},
            {"Beranda | Berita | Olahraga | Ekonomi | Kontak", "Baca juga: berita terpopuler hari ini", "© 2024 Kabar Pesisir. Hak cipta dilindungi."},
            {"Home | Local | Weather | Events", "Follow us on social media", "© 2024 Coast Weekly"},
    };

    private GeneratedCorpus() {
    }

    /** Writes {@code files} files of {@code docs} lines each into {@code dir}; returns their paths. */
    static List<Path> write(Path dir, int files, int docs, long seed) throws IOException {
        Files.createDirectories(dir);
        var rnd = new Random(seed);
        var earlier = new ArrayList<String>();
        var paths = new ArrayList<Path>();
        for (int f = 0; f < files; f++) {
            Path p = dir.resolve(String.format("gen-%02d.jsonl", f));
            try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                for (int i = 0; i < docs; i++) {
                    int host = rnd.nextInt(MENUS.length);
                    String id = "g" + f + "-" + i;
                    String url = "https://site" + host + ".example/" + f + "/" + i;
                    int kind = rnd.nextInt(100);
                    String text;
                    if (kind < 1) {
                        w.write("{\"id\":\"" + id + "\",\"text\":\"the scraper died here\n");
                        continue;
                    } else if (kind < 5 && !earlier.isEmpty()) {
                        text = earlier.get(rnd.nextInt(earlier.size())); // an exact copy at another URL
                    } else if (kind < 10 && !earlier.isEmpty()) {
                        text = nearCopy(earlier.get(rnd.nextInt(earlier.size())), rnd);
                    } else if (kind < 14) {
                        text = sentence(rnd, host == 1 ? ID : EN);
                    } else {
                        text = page(rnd, host);
                        if (earlier.size() < 500) earlier.add(text);
                    }
                    w.write("{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"text\":\"" + escape(text) + "\"}\n");
                }
            }
            paths.add(p);
        }
        return paths;
    }

    private static String page(Random rnd, int host) {
        String[] words = host == 1 ? ID : EN;
        var sb = new StringBuilder();
        String[] menu = MENUS[host];
        sb.append(menu[0]).append('\n');
        sb.append(sentence(rnd, words)).append('\n');
        int paragraphs = 3 + rnd.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + rnd.nextInt(4);
            for (int s = 0; s < sentences; s++) sb.append(s == 0 ? "" : " ").append(sentence(rnd, words));
            sb.append('\n');
        }
        sb.append(menu[1]).append('\n').append(menu[2]);
        return sb.toString();
    }

    private static String sentence(Random rnd, String[] words) {
        int n = 8 + rnd.nextInt(14);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = words[rnd.nextInt(words.length)];
            if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            sb.append(i == 0 ? "" : " ").append(w);
        }
        return sb.append('.').toString();
    }

    /** The text with a few words changed: a near duplicate. */
    private static String nearCopy(String text, Random rnd) {
        String[] w = text.split(" ");
        for (int i = 0; i < 3; i++) w[rnd.nextInt(w.length)] = "kemarin";
        return String.join(" ", w);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
