package dev.saring.extract.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageMetadataTest {

    @Test
    void theArticleIsFoundInsideAGraph() {
        var m = new PageMetadata();
        m.jsonLd("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Head\",\"datePublished\":\"2020-05-01\",\"author\":{\"name\":\"A. Writer\"},"
                + "\"articleBody\":\"Body text.\"}]}");
        assertThat(m.jsonLdHeadline()).isEqualTo("Head");
        assertThat(m.jsonLdBody()).isEqualTo("Body text.");
        assertThat(m.date()).isEqualTo("2020-05-01");
        assertThat(m.author()).isEqualTo("A. Writer");
    }

    @Test
    void sloppyJsonLdIsStillRead() {
        var m = new PageMetadata();
        m.jsonLd("{\"@type\": \"BlogPosting\", \"headline\": \"Line\nbreak\", }");
        assertThat(m.jsonLdHeadline()).isEqualTo("Line\nbreak");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        var m = new PageMetadata();
        m.jsonLd("{\"@type\": \"Article\", \"headline\": ");
        assertThat(m.jsonLdHeadline()).isNull();
    }

    @Test
    void jsonLdOutranksMetaTagsWhichOutrankTime() {
        var m = new PageMetadata();
        m.time("2018-01-01");
        m.meta("", "article:published_time", "", "2019-02-02T10:00:00Z");
        assertThat(m.date()).isEqualTo("2019-02-02T10:00:00Z");
        m.jsonLd("{\"@type\":\"Article\",\"datePublished\":\"2020-03-03\"}");
        assertThat(m.date()).isEqualTo("2020-03-03");
    }

    @Test
    void anAuthorGivenAsAUrlIsNotAName() {
        var m = new PageMetadata();
        m.meta("", "article:author", "", "https://facebook.com/someone");
        m.meta("author", "", "", "Rina");
        assertThat(m.author()).isEqualTo("Rina");
    }

    @Test
    void theCanonicalLinkOutranksOgUrl() {
        var m = new PageMetadata();
        m.meta("", "og:url", "", "https://a.example/og");
        assertThat(m.canonicalUrl()).isEqualTo("https://a.example/og");
        m.canonical("https://a.example/canonical");
        assertThat(m.canonicalUrl()).isEqualTo("https://a.example/canonical");
    }
}
