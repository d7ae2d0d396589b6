package dev.saring.extract;

import dev.saring.model.RawContent;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static RawContent raw(byte[] b, String charset) {
        return new RawContent(b, "text/html", charset);
    }

    @Test
    void theTransportCharsetIsUsedWhenJavaKnowsIt() {
        byte[] b = "<p>caf\u00e9</p>".getBytes(WINDOWS_1252);
        var d = HtmlDecoder.decodeWithEvidence(raw(b, "windows-1252"));
        assertThat(d.text()).isEqualTo("<p>café</p>");
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.TRANSPORT);
    }

    @Test
    void aLegacyLabelOnBytesThatAreClearlyUtf8GivesWayToUtf8() {
        String text = "<meta charset=\"gb2312\"><p>深度学习让机器学会了下围棋，也学会了写诗。研究人员说，这只是开始。</p>";
        var d = HtmlDecoder.decodeWithEvidence(raw(text.getBytes(StandardCharsets.UTF_8), "iso-8859-1"));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.VALID_UTF8);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void aLegacyLabelStandsWhenOnlyAFewBytesHappenToLookLikeUtf8() {
        byte[] b = "<p>Ã© is what UTF-8 é looks like in Latin-1</p>".getBytes(WINDOWS_1252);
        var d = HtmlDecoder.decodeWithEvidence(raw(b, "windows-1252"));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.TRANSPORT);
        assertThat(d.text()).contains("Ã©");
    }

    @Test
    void anUnknownTransportCharsetFallsThroughToTheMetaTag() {
        byte[] b = "<meta charset=\"koi8-r\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>".getBytes(Charset.forName("koi8-r"));
        var d = HtmlDecoder.decodeWithEvidence(raw(b, "no-such-charset"));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.META);
        assertThat(d.text()).contains("Привет");
    }

    @Test
    void aByteOrderMarkOutranksTheTransportAndIsStripped() {
        byte[] text = "<p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[text.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(text, 0, b, 3, text.length);
        var d = HtmlDecoder.decodeWithEvidence(raw(b, "iso-8859-1"));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.BOM);
        assertThat(d.text()).isEqualTo("<p>naïve</p>");
    }

    @Test
    void aUtf16ByteOrderMarkIsHonoured() {
        byte[] b = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_16LE);
        var d = HtmlDecoder.decodeWithEvidence(raw(b, null));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.text()).isEqualTo("<p>x</p>");
    }

    @Test
    void metaCharsetIsFoundAfterACommentThatMentionsAnother() {
        String html = "<!-- <meta charset=utf-8> --><html><head><meta charset='windows-1251'></head><body>\u0414\u0430</body>";
        var d = HtmlDecoder.decodeWithEvidence(raw(html.getBytes(Charset.forName("windows-1251")), null));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.META);
        assertThat(d.charset().name()).isEqualTo("windows-1251");
        assertThat(d.text()).contains("Да");
    }

    @Test
    void httpEquivContentTypeIsRead() {
        String html = "<HTML><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"></HEAD>"
                + "<BODY>Gr\u00fc\u00dfe \u201cquoted\u201d</BODY>";
        var d = HtmlDecoder.decodeWithEvidence(raw(html.getBytes(WINDOWS_1252), null));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.META);
        // ISO-8859-1 is read as windows-1252, as browsers do: the curly quotes survive.
        assertThat(d.text()).contains("Grüße “quoted”");
    }

    @Test
    void aMetaTagClaimingUtf16MeansUtf8() {
        byte[] b = "<meta charset=utf-16><p>é</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decodeWithEvidence(raw(b, null)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredWellFormedUtf8IsUtf8() {
        byte[] b = "<p>Jakarta — kota “besar”</p>".getBytes(StandardCharsets.UTF_8);
        var d = HtmlDecoder.decodeWithEvidence(raw(b, null));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.VALID_UTF8);
        assertThat(d.text()).isEqualTo("<p>Jakarta — kota “besar”</p>");
    }

    @Test
    void undeclaredLegacyBytesAreDetected() {
        String text = "<html><body><p>Москва — столица России, крупнейший по численности населения город страны. "
                + "Город расположен на реке Москве в центре Восточно-Европейской равнины. "
                + "В городе много музеев, театров и парков, а также старинных церквей и монастырей.</p></body></html>";
        var d = HtmlDecoder.decodeWithEvidence(raw(text.getBytes(Charset.forName("windows-1251")), null));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.DETECTED);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void hopelessBytesFallBackToUtf8WithReplacement() {
        byte[] b = {'<', 'p', '>', (byte) 0xC3, '<', '/', 'p', '>'};
        var d = HtmlDecoder.decodeWithEvidence(raw(b, null));
        assertThat(d.evidence()).isEqualTo(CharsetEvidence.FALLBACK);
        assertThat(d.text()).isEqualTo("<p>\uFFFD</p>");
    }

    @Test
    void labelsAreReadAsBrowsersReadThem() {
        assertThat(HtmlDecoder.charsetForLabel(" Latin1 ")).contains(WINDOWS_1252);
        assertThat(HtmlDecoder.charsetForLabel("\"utf8\"")).contains(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.charsetForLabel("bogus charset name!")).isEmpty();
    }
}
