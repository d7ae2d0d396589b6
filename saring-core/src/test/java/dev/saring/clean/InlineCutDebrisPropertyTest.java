package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles with furniture planted between their sentences, in the shapes news sites write it: after cleaning,
 * each paragraph is exactly its sentences again, joined by one space. So no sentence is lost, no piece of
 * furniture is left, and no debris either: no stray " :", "( )", " - " or "|" where a piece was cut.
 */
class InlineCutDebrisPropertyTest {

    private static final LineCleaner CLEANER = LineCleaner.defaults();

    /**
     * Sentences as articles write them, in the shape the cutter reads the end of an inline headline from:
     * one capitalised word (the subject), then lowercase words; and headlines without a capitalised minor
     * word ("Jelang"). A sentence that opens with a run of capitalised words ("Pedagang di Pasar Minggu …")
     * after a headline is ambiguous; that is {@link InlineCutter}'s heuristic, tested on real text in
     * {@link IndonesianNewsTest}, not the debris this property is about.
     */
    private static final List<String> SENTENCES = List.of(
            "Pedagang pasar induk mengeluhkan harga cabai yang naik dua kali lipat pekan ini.",
            "Warga setempat mengatakan air sungai mulai meluap sejak pukul tiga pagi.",
            "Menurut data BPS, harga gabah kering panen turun tipis dibanding bulan lalu.",
            "\"Kami belum menerima laporan resmi dari lapangan,\" kata juru bicara kepolisian.",
            "Petugas gabungan masih mencari tiga penumpang yang dilaporkan hilang.",
            "Pemerintah daerah menyiapkan dapur umum di dua lokasi pengungsian.",
            "Pelatih tim itu menyebut pemain barunya cepat beradaptasi dengan gaya bermain klub.",
            "Harga emas batangan di butik resmi naik Rp 12.000 per gram pada Kamis (3/7/2025).",
            "Sebanyak dua puluh delapan orang selamat, sedangkan lima orang meninggal dunia.",
            "Dia menambahkan, pembangunan jalan itu ditargetkan selesai akhir tahun ini.");
    private static final List<String> HEADLINES = List.of(
            "Harga Cabai Naik Lagi di Pasar Induk",
            "Persib Rekrut Kiper Asal Wales",
            "Banjir Rendam Ribuan Rumah di Bekasi",
            "Komdigi Bakal Tindak Iklan Loker Kamboja-Myanmar",
            "5 Fakta Kapal Tenggelam di Selat Bali",
            "Ketua Dewan Pers: Biarkan Media Bekerja Secara Merdeka!");
    /** Pieces that may stand between two sentences; {@code %s} is a headline. */
    private static final List<String> INLINE = List.of(
            "Baca juga: %s",
            "Baca juga:%s",
            "BACA JUGA: %s",
            "(Baca juga: %s)",
            "| Baca juga: %s",
            "– Baca juga: %s",
            "Simak juga Video '%s': [Gambas:Video 20detik]",
            "Lihat Video '%s': [Gambas:Video 20detik]",
            "Tonton juga \"%s\" di sini: [Gambas:Video 20detik]",
            "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "[Gambas:Video CNN]");
    /** Pieces that only end a text. */
    private static final List<String> ENDING = List.of(
            "Pilihan Editor: %s",
            "Simak juga Video '%s': [Gambas:Video 20detik]",
            "Baca juga: %s");

    private record Article(List<List<String>> paragraphs, String text) {
    }

    @Property(tries = 300)
    void cuttingPlantedFurnitureGivesBackExactlyTheArticle(@ForAll("articles") Article a) {
        Document d = CLEANER.apply(Document.ofText("d", Source.atOffset("t.txt", 0, 0, 0), a.text())).document();

        List<String> expected = a.paragraphs().stream().map(p -> String.join(" ", p)).toList();
        List<String> kept = d.text().lines().filter(l -> !l.isBlank()).toList();
        assertThat(kept).as("cleaned from:%n%s", a.text()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<String> sentence = Arbitraries.of(SENTENCES);
        Arbitrary<String> inline = Combinators.combine(Arbitraries.of(INLINE), Arbitraries.of(HEADLINES)).as(String::formatted);
        Arbitrary<String> ending = Combinators.combine(Arbitraries.of(ENDING), Arbitraries.of(HEADLINES)).as(String::formatted);
        // a paragraph: 1 to 5 sentences, each followed by a piece of furniture or not
        Arbitrary<List<String[]>> paragraph = Combinators.combine(sentence, inline.injectNull(0.6))
                .as((s, f) -> new String[]{s, f}).list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(3), ending.injectNull(0.5))
                .as(InlineCutDebrisPropertyTest::article);
    }

    private static Article article(List<List<String[]>> paragraphs, String ending) {
        var sentences = new ArrayList<List<String>>();
        var lines = new ArrayList<String>();
        for (List<String[]> p : paragraphs) {
            var kept = new ArrayList<String>();
            var line = new StringBuilder();
            for (String[] sf : p) {
                kept.add(sf[0]);
                append(line, sf[0]);
                if (sf[1] != null) append(line, sf[1]);
            }
            sentences.add(kept);
            lines.add(line.toString());
        }
        if (ending != null) lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + ending);
        return new Article(sentences, String.join("\n", lines));
    }

    private static void append(StringBuilder sb, String s) {
        if (!sb.isEmpty()) sb.append(' ');
        sb.append(s);
    }
}
