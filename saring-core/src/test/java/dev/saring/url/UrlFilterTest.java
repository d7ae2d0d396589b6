package dev.saring.url;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlFilterTest {

    private static final UrlFilter DEFAULTS = UrlFilter.defaults();

    private static String reason(UrlFilter f, String url) {
        Outcome o = f.apply(Document.ofText("d", Source.atOffset("f", 0, 0, 0), "Teks.").withUrl(url));
        return o instanceof Outcome.Dropped d ? d.reason() : null;
    }

    @Test
    void aUrlOfOrdinaryWordsIsKept() {
        assertThat(reason(DEFAULTS, "https://www.kompas.id/baca/ekonomi/2024/05/02/harga-cabai-naik")).isNull();
        assertThat(reason(DEFAULTS, "https://example.org/sussex/essex-news")).isNull();
    }

    @Test
    void aBannedWordAsAWholeUrlWordDropsTheDocument() {
        assertThat(reason(DEFAULTS, "https://example.com/free-porn/video")).isEqualTo("url:banned-word");
        assertThat(reason(DEFAULTS, "https://EXAMPLE.com/Free-PORN/video")).as("words compared in lower case").isEqualTo("url:banned-word");
    }

    @Test
    void oneSoftBannedWordIsKeptAndTwoAreDropped() {
        assertThat(reason(DEFAULTS, "https://example.com/latina-music")).isNull();
        assertThat(reason(DEFAULTS, "https://example.com/webcam/sex")).isEqualTo("url:soft-banned-words");
    }

    @Test
    void aBannedSubwordInsideAWordDropsTheDocument() {
        assertThat(reason(DEFAULTS, "https://example.com/bestpornhubvideos/home")).isEqualTo("url:banned-subword");
        // a multi-word subword matches the URL's letters and digits run together, as in datatrove
        assertThat(reason(DEFAULTS, "https://example.com/2-girls-1-cup.html")).isEqualTo("url:banned-subword");
    }

    @Test
    void aDocumentWithoutUrlIsKept() {
        var doc = Document.ofText("d", Source.atOffset("f", 0, 0, 0), "Teks.");
        assertThat(DEFAULTS.apply(doc)).isInstanceOf(Outcome.Kept.class);
    }

    @Test
    void ut1FoldersBlockHostsAndTheirParentDomainsDownToTheRegistrableDomain(@TempDir Path dir) throws IOException {
        Path adult = Files.createDirectories(dir.resolve("ut1/adult"));
        Path gambling = Files.createDirectories(dir.resolve("ut1/gambling"));
        gz(adult.resolve("domains.gz"), "# comment\nbad.example.co.uk\nco.id\n");
        Files.writeString(adult.resolve("urls"), "good.example.org/hidden/page\n");
        Files.writeString(gambling.resolve("domains"), "casino.test\n");

        var f = UrlFilter.fromParams(Params.of("url-filter", Map.of("block_lists", dir.resolve("ut1").toString(), "categories", "adult")));
        assertThat(reason(f, "https://bad.example.co.uk/")).isEqualTo("url:blocked-domain");
        assertThat(reason(f, "http://user@www.cdn.bad.example.co.uk:8080/x")).isEqualTo("url:blocked-domain");
        assertThat(reason(f, "https://example.co.uk/")).as("a parent of a listed domain is not blocked").isNull();
        assertThat(reason(f, "https://berita.co.id/")).as("a public suffix on the list blocks nobody").isNull();
        assertThat(reason(f, "https://www.good.example.org/hidden/page/#top")).isEqualTo("url:blocked-url");
        assertThat(reason(f, "https://good.example.org/hidden/other")).isNull();
        assertThat(reason(f, "https://casino.test/")).as("category not chosen").isNull();

        var all = UrlFilter.fromParams(Params.of("url-filter", Map.of("block_lists", dir.resolve("ut1").toString())));
        assertThat(reason(all, "https://casino.test/")).isEqualTo("url:blocked-domain");
    }

    @Test
    void aPlainListHoldsDomainsAndUrls(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "spam.test\nexample.net/one/page\n");
        var f = UrlFilter.fromParams(Params.of("url-filter", Map.of("block_lists", list.toString())));
        assertThat(reason(f, "https://a.spam.test/x")).isEqualTo("url:blocked-domain");
        assertThat(reason(f, "https://example.net/one/page")).isEqualTo("url:blocked-url");
        assertThat(reason(f, "https://example.net/")).isNull();
    }

    @Test
    void badSettingsNameWhatIsWrong(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> UrlFilter.fromParams(Params.of("url-filter", Map.of("block_lists", dir.resolve("missing").toString()))))
                .hasMessageContaining("does not exist");
        Files.createDirectories(dir.resolve("ut1/adult"));
        assertThatThrownBy(() -> UrlFilter.fromParams(Params.of("url-filter",
                Map.of("block_lists", dir.resolve("ut1").toString(), "categories", "adlt"))))
                .hasMessageContaining("adlt").hasMessageContaining("found: adult");
        assertThatThrownBy(() -> UrlFilter.fromParams(Params.of("url-filter", Map.of("soft_word_threshold", "0"))))
                .hasMessageContaining("soft_word_threshold");
    }

    @Test
    void extraWordListsAddToTheDefaultsOrReplaceThem(@TempDir Path dir) throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "judi\n");
        var added = UrlFilter.fromParams(Params.of("url-filter", Map.of("banned_words_file", words.toString())));
        assertThat(reason(added, "https://example.id/judi-online")).isEqualTo("url:banned-word");
        assertThat(reason(added, "https://example.com/free-porn")).isEqualTo("url:banned-word");
        var only = UrlFilter.fromParams(Params.of("url-filter", Map.of("banned_words_file", words.toString(), "default_word_lists", "false")));
        assertThat(reason(only, "https://example.com/free-porn")).isNull();
    }

    @Test
    void urlWordsAndHostsAreReadAsDatatroveReadsThem() {
        assertThat(UrlFilter.words("https://a.b/C-d_e?f=1")).containsExactly("https", "a", "b", "c", "d", "e", "f", "1");
        assertThat(UrlFilter.lettersAndDigits("Ab-C d/9")).isEqualTo("abcd9");
        assertThat(UrlFilter.hostOf("HTTPS://User:pw@Sub.Example.COM.:443/x?y#z")).isEqualTo("sub.example.com");
        assertThat(UrlFilter.registrableDomain("a.b.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(UrlFilter.registrableDomain("192.168.1.1")).isNull();
        assertThat(Set.of(BlockList.normalizeUrl("http://www.Example.org/a/b/"))).containsExactly("example.org/a/b");
    }

    private static void gz(Path p, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
