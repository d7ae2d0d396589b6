package dev.saring.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets for the HTML decoder and the main-content extractor: any bytes, any declared charset, give
 * text or a drop with a reason, never an exception. Seeds in {@code ExtractFuzzTestInputs/<target>/};
 * {@code bench/fuzz.sh} fuzzes one target.
 */
class ExtractFuzzTest {

    private static final MainContentExtractor EXTRACT = MainContentExtractor.defaults();
    private static final String[] CHARSETS = {null, "utf-8", "windows-1252", "shift_jis", "utf-16", "gbk", "x-no-such", "iso-2022-jp", " \"latin1\" "};

    @FuzzTest
    void decode(FuzzedDataProvider data) {
        String charset = data.pickValue(CHARSETS);
        byte[] bytes = data.consumeRemainingAsBytes();
        var raw = new RawContent(bytes, "text/html", charset);
        HtmlDecoder.Decoded d = HtmlDecoder.decodeWithEvidence(raw);
        assertThat(d.text()).isNotNull();
        assertThat(d.charset()).isNotNull();
        assertThat(HtmlDecoder.decodeWithEvidence(raw)).as("the same bytes decode the same way").isEqualTo(d);
    }

    @FuzzTest
    void extract(FuzzedDataProvider data) {
        String charset = data.pickValue(CHARSETS);
        String url = data.consumeBoolean() ? "https://example.id/" + data.consumeAsciiString(20) : null;
        byte[] html = data.consumeRemainingAsBytes();
        Document doc = Document.ofRaw("fuzz", Source.atOffset("fuzz.warc", 0, 0, 0), new RawContent(html, "text/html", charset));
        if (url != null) doc = doc.withUrl(url);
        Outcome o = EXTRACT.apply(doc);
        if (o instanceof Outcome.Dropped dr) {
            assertThat(dr.step()).isEqualTo(MainContentExtractor.NAME);
            assertThat(dr.reason()).isNotBlank();
            return;
        }
        Document out = o.document();
        assertThat(out.isRaw()).isFalse();
        assertThat(out.text()).isNotBlank().isEqualTo(Document.keptText(out.blocks()));
    }
}
