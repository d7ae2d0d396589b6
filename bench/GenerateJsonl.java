import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a JSONL file of synthetic news-like documents of about the given size, for memory and speed
 * benchmarks: {@code java bench/GenerateJsonl.java OUT.jsonl SIZE_MB [SEED]}. Deterministic for a seed.
 */
public class GenerateJsonl {
    private static final String[] WORDS = ("pemerintah harga pasar warga kota jalan sekolah rumah sakit banjir hujan "
            + "presiden menteri rakyat ekonomi naik turun baru lama besar kecil the market city people school price rain "
            + "government minister river road village festival football match season report data percent").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        var rnd = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 42);
        long written = 0;
        var sb = new StringBuilder(8192);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long id = 0; written < target; id++) {
                sb.setLength(0);
                sb.append("{\"id\":\"doc-").append(id).append("\",\"url\":\"https://site").append(id % 97)
                        .append(".example/a/").append(id).append("\",\"text\":\"");
                int paragraphs = 3 + rnd.nextInt(8);
                for (int p = 0; p < paragraphs; p++) {
                    int words = 20 + rnd.nextInt(80);
                    for (int i = 0; i < words; i++) {
                        String word = WORDS[rnd.nextInt(WORDS.length)];
                        if (i == 0) sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                        else sb.append(' ').append(word);
                    }
                    sb.append(".\\n");
                }
                sb.append("Baca juga: Berita Lain Hari Ini\\nTerpopuler\\n- Judul Satu\\n- Judul Dua\"}\n");
                w.append(sb);
                written += sb.length();
            }
        }
    }
}
