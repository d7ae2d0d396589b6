package dev.saring.repair;

import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Role;
import dev.saring.model.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TextRepairTest {

    private static final TextRepair REPAIR = TextRepair.defaults();

    static String repair(String s) {
        return REPAIR.repair(s, true, new int[5]);
    }

    /**
     * What a page written in UTF-8 looks like when read as Windows-1252 the way browsers read it: the five
     * bytes Windows-1252 leaves undefined become the C1 controls of the same value (Java's decoder would
     * give U+FFFD, which no one can undo).
     */
    static String mojibake(String s) {
        var sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[]{b}, Charset.forName("windows-1252"));
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void utf8ReadAsWindows1252IsUndoneOnceAndTwice() {
        assertThat(repair("Itâ€™s a cafÃ© â€œspecialâ€\u009d â€” naÃ¯ve")).isEqualTo("It’s a café “special” — naïve");
        assertThat(repair(mojibake(mojibake("Don’t panic: café")))).isEqualTo("Don’t panic: café");
        assertThat(repair(mojibake("Привет, мир"))).isEqualTo("Привет, мир");
        assertThat(repair(mojibake("中文 and 😀"))).isEqualTo("中文 and 😀");
        assertThat(repair("SÃ£o Paulo Ã\u00A0noite")).isEqualTo("São Paulo ànoite");
    }

    @Test
    void correctTextThatLooksLikeAPairStays() {
        for (String s : List.of("daß…", "ÉTÉ\u00A0: voilà\u00A0\u00A0!", "SÃO PAULO", "NÃO", "Ø» quoted", "Ålesund ¿qué?",
                "Straße «Haus»", "À bientôt", "Ça va ¡bien!", "ÿ", "Ñ¿")) {
            assertThat(repair(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void completeEntitiesAreDecodedUnlessTheTextHoldsMarkup() {
        assertThat(repair("Tom &amp; Jerry &#8217;s &#x1F600; &eacute;t&eacute;")).isEqualTo("Tom & Jerry ’s 😀 été");
        assertThat(repair("AT&T and R&D &amp without semicolon &unknown;")).isEqualTo("AT&T and R&D &amp without semicolon &unknown;");
        assertThat(repair("write <b> as &lt;b&gt;")).isEqualTo("write <b> as &lt;b&gt;");
        assertThat(REPAIR.repair("x &amp; y", false, new int[5])).isEqualTo("x &amp; y");
    }

    @Test
    void controlCharactersGoAndTextIsNfc() {
        assertThat(repair("a\u0000b\u0007c\td\ne\u0081")).isEqualTo("abc\td\ne");
        assertThat(repair("Alzheimer\u0092s disease \u0096 a study")).as("C1 controls read as Windows-1252").isEqualTo("Alzheimer’s disease – a study");
        assertThat(repair("cafe\u0301")).isEqualTo("café");
    }

    @Test
    void blocksAreRepairedCodeBlocksKeepTheirEntitiesAndCountsGoToMeta() {
        var doc = Document.ofText("d", Source.atOffset("f", 0, 0, 0), "").withBlocks(List.of(
                Block.kept(Role.BODY, "Itâ€™s &amp; more"), Block.kept(Role.CODE, "x = \"&amp;\";")));
        var out = REPAIR.apply(doc).document();
        assertThat(out.text()).isEqualTo("It’s & more\nx = \"&amp;\";");
        assertThat(out.meta().asMap()).containsEntry("repairs", Map.of("mojibake", 1L, "entity", 1L));
        var fine = Document.ofText("e", Source.atOffset("f", 0, 0, 0), "Semua baik-baik saja, kata dia.");
        assertThat(REPAIR.apply(fine).document()).isSameAs(fine);
    }

    @Property(tries = 300)
    void correctTextIsLeftAsItIs(@ForAll("correctText") String text) {
        assertThat(repair(text)).isEqualTo(text);
    }

    @Property(tries = 300)
    void mojibakeOfCorrectTextIsUndone(@ForAll("correctText") String text) {
        assertThat(repair(mojibake(text))).isEqualTo(text);
    }

    /** Words of many scripts, NFC, with punctuation, spaces and line breaks: text nobody damaged. */
    @Provide
    Arbitrary<String> correctText() {
        Arbitrary<String> word = Arbitraries.oneOf(List.of(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMinLength(1).ofMaxLength(9),
                Arbitraries.of("café", "naïve", "São", "Straße", "garçon", "élève", "Ærø", "Łódź", "İstanbul", "smörgåsbord", "ÉTÉ", "Ñandú"),
                Arbitraries.of("Привет", "мир", "Ελλάδα", "שלום", "مرحبا", "नमस्ते", "ภาษาไทย", "中文", "日本語", "한국어", "ქართული", "Հայերեն"),
                Arbitraries.of("’", "“", "”", "—", "…", "«", "»", "€", "©", "°", "±", "½", "¿", "¡", "😀", "•")));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", ", ", ". ", "\n", " - ", "\u00A0");
        return Arbitraries.lazyOf(() -> word).list().ofMinSize(1).ofMaxSize(30)
                .flatMap(words -> sep.list().ofSize(words.size()).map(seps -> {
                    var sb = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) sb.append(words.get(i)).append(seps.get(i));
                    return sb.toString().strip();
                }));
    }
}
