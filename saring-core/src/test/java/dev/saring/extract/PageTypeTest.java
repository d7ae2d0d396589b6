package dev.saring.extract;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTypeTest {

    private final MainContentExtractor extractor = MainContentExtractor.defaults();

    private Document extracted(String html, String url) {
        Document raw = MainContentExtractorTest.raw(html);
        Outcome o = extractor.apply(url == null ? raw : raw.withUrl(url));
        assertThat(o).isInstanceOf(Outcome.Kept.class);
        return o.document();
    }

    private static String prose(String who, int i) {
        return "<p>" + who + " wrote reply " + i + ", a long enough message, with commas, clauses and a full stop at"
                + " the end so that it reads like prose.</p>";
    }

    private static String post(String author, int i) {
        return "<div class=\"post\" itemprop=\"comment\"><div class=\"post-meta\"><span class=\"author\">" + author
                + "</span> <a href=\"#r" + i + "\">Reply</a></div><div class=\"post-body\">" + prose(author, i)
                + "</div></div>";
    }

    @Test
    void aThreadMarkedAsForumPostingKeepsEveryPostWithItsAuthor() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\","
                + " \"headline\": \"Boiler makes a noise\"}</script></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<div id=\"thread\">" + post("alice", 1) + post("bob", 2) + "<div class=\"post\" itemprop=\"comment\">"
                + "<span class=\"author\">carol</span><div class=\"post-body\"><p>Thanks!</p></div></div></div>"
                + "<footer><p>Copyright Example Forums, all rights reserved, since the year two thousand.</p></footer></body></html>";
        Document d = extracted(html, "https://forum.example/t/boiler-makes-a-noise/42");
        assertThat(d.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("forum");
        assertThat(d.meta().get(MainContentExtractor.PAGE_TYPE_EVIDENCE_META)).hasValueSatisfying(v ->
                assertThat(String.valueOf(v)).contains("json-ld:DiscussionForumPosting", "url:/t/"));
        assertThat(d.text()).contains("alice wrote reply 1", "bob wrote reply 2", "Thanks!", "alice", "carol")
                .doesNotContain("Reply", "Copyright", "Home");
    }

    @Test
    void postsMadeOfLikeCellsAreTheRunNotTheCellsOfOnePost() {
        // forum software that lays a post out as two cells of one class, the author's and the message's
        var thread = new StringBuilder("<div class=\"posts\">");
        for (String author : new String[] {"alice", "bob", "carol"}) {
            thread.append("<article class=\"message message--post\"><div class=\"message-inner\">")
                    .append("<div class=\"message-cell message-cell--user\"><a href=\"/m/").append(author).append("\">")
                    .append(author).append("</a></div><div class=\"message-cell message-cell--main\"><div class=\"message-main\">")
                    .append("<div class=\"message-content\"><div class=\"message-body\">").append(prose(author, 1))
                    .append("alice".equals(author) ? prose(author, 2) + prose(author, 3) : "")
                    .append("</div></div></div></div></div></article>");
        }
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\","
                + " \"headline\": \"Desktop year\"}</script></head><body>" + thread + "</div></body></html>";
        Document d = extracted(html, "https://forums.example/threads/desktop-year.9/");
        assertThat(d.text()).contains("alice wrote reply 1", "bob wrote reply 1", "carol wrote reply 1");
    }

    @Test
    void withoutEvidenceAPageIsAnArticleAndCommentsStayOut() {
        String html = "<html><body><article>" + prose("The reporter", 1) + prose("The reporter", 2) + prose("The reporter", 3)
                + "</article><div class=\"comments\">" + post("dave", 4) + "</div></body></html>";
        Document d = extracted(html, "https://news.example/2024/05/story");
        assertThat(d.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("article");
        assertThat(d.text()).contains("The reporter wrote reply 3").doesNotContain("dave");
    }

    @Test
    void theItemsOfAListingKeepTheirLinkedTitles() {
        var items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append("<div class=\"card\"><h3><a href=\"/r/").append(i).append("\">Slow cooked tomato sauce number ")
                    .append(i).append("</a></h3><p>A summary of recipe ").append(i).append(", with garlic.</p>")
                    .append("<a href=\"/r/").append(i).append("\">More</a></div>");
        }
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"CollectionPage\"}</script></head><body>"
                + "<div class=\"filters\"><a href=\"?sort=new\">Newest first</a> <a href=\"?sort=top\">Most popular first</a></div>"
                + "<div class=\"grid\">" + items + "</div></body></html>";
        Document d = extracted(html, "https://food.example/collections/tomato");
        assertThat(d.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("listing");
        assertThat(d.text()).contains("Slow cooked tomato sauce number 1", "Slow cooked tomato sauce number 6",
                "A summary of recipe 6").doesNotContain("Newest first", "More");
    }

    @Test
    void anArticleEndingInTeasersWithSummariesIsAnArticleButTheTeasersAloneAreAListing() {
        var teasers = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            teasers.append("<div class=\"teaser\"><h3><a href=\"/news/").append(i).append("\">Harbour works delayed again ")
                    .append(i).append("</a></h3><p>The council said on Monday that the second phase of the harbour works, ")
                    .append("planned for the spring, would wait for a new survey of the old pier ").append(i).append(".</p></div>");
        }
        var article = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            article.append("<p>The fishermen of the old harbour met the mayor on Tuesday evening, paragraph ").append(i)
                    .append(", and asked her to explain why the dredging of the channel, promised for last autumn, has not begun,")
                    .append(" while the boats still wait for the tide to leave and to come back in the morning.</p>");
        }
        Document news = extracted("<html><body><div class=\"story\">" + article + "</div><div class=\"more\">" + teasers
                + "</div></body></html>", "https://news.example/2024/05/harbour");
        assertThat(news.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("article");
        assertThat(news.text()).contains("paragraph 5").doesNotContain("Harbour works delayed again 6");
        Document listing = extracted("<html><body><div class=\"story\"><p>All the news of the harbour.</p></div>"
                + "<div class=\"more\">" + teasers + "</div></body></html>", "https://news.example/harbour");
        assertThat(listing.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("listing");
        assertThat(listing.text()).contains("Harbour works delayed again 6");
    }

    @Test
    void boxesOfLinkedHeadlinesBesideAnArticleAreNotAListing() {
        var boxes = new StringBuilder();
        for (int box = 1; box <= 6; box++) {
            boxes.append("<div class=\"rubric\"><b>Section ").append(box).append("</b><ul>");
            for (int i = 1; i <= 4; i++) {
                boxes.append("<li><a href=\"/n/").append(box).append(i).append("\">Another headline of the region, number ")
                        .append(box).append(i).append("</a></li>");
            }
            boxes.append("</ul></div>");
        }
        // under 800 characters of prose (not counting spaces): a short news item, which the teaser rule alone would not see
        String article = "<p>The fishermen of the old harbour met the mayor on Tuesday evening and asked her why the dredging"
                + " of the channel, promised for last autumn, has not begun, while the boats still wait for the tide to leave and come back, as they did in their grandfathers' time.</p>"
                + "<p>The mayor answered that the money had come late from the region, and that the work would start in the"
                + " spring, before the boats go out again and the first visitors of the summer arrive in the old town, and that the council would pay for it.</p>"
                + "<p>The harbour master said that two boats had already run aground in the channel this winter, and that a third could"
                + " not wait for the spring without the help of a tug from the port on the other side of the bay, which the fishermen would have to pay for themselves.</p>";
        Document d = extracted("<html><body><div class=\"story\">" + article + "</div><div class=\"side\">" + boxes
                + "</div></body></html>", "https://news.example/2024/05/harbour");
        assertThat(d.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("article");
        assertThat(d.text()).contains("The mayor answered").doesNotContain("Another headline of the region");
    }

    @Test
    void theQuestionsOfAnFaqAreNotAForumThreadButAQuestionPageIs() {
        String faq = "{\"@context\": \"https://schema.org\", \"@type\": \"FAQPage\", \"mainEntity\": [{\"@type\": \"Question\","
                + " \"name\": \"How long does delivery take?\", \"acceptedAnswer\": {\"@type\": \"Answer\", \"text\": \"Two days.\"}}]}";
        String body = "<body><main>" + prose("The shop", 1) + prose("The shop", 2) + "</main></body></html>";
        Document shop = extracted("<html><head><script type=\"application/ld+json\">" + faq + "</script></head>" + body, null);
        assertThat(shop.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("article");
        String question = "{\"@context\": \"https://schema.org\", \"@type\": \"QAPage\", \"mainEntity\": {\"@type\": \"Question\","
                + " \"name\": \"Which boiler?\"}}";
        Document thread = extracted("<html><head><script type=\"application/ld+json\">" + question + "</script></head>" + body, null);
        assertThat(thread.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("forum");
    }

    @Test
    void microdataOpenGraphGeneratorAndUrlAreEvidence() {
        String body = "<body><div itemscope itemtype=\"http://schema.org/Product\"><h1>Kettle</h1>" + prose("The maker", 1)
                + "</div></body>";
        Document product = extracted("<html><head><meta property=\"og:type\" content=\"product\"></head>" + body + "</html>", null);
        assertThat(product.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("product");
        assertThat(product.meta().get(MainContentExtractor.PAGE_TYPE_EVIDENCE_META)).hasValueSatisfying(v ->
                assertThat(String.valueOf(v)).contains("microdata:Product", "og:type:product"));
        Document docs = extracted("<html><head><meta name=\"generator\" content=\"Docusaurus v3.1\"></head><body><main>"
                + prose("The manual", 1) + "<pre><code>saring run in -o out</code></pre></main></body></html>", null);
        assertThat(docs.meta().string(MainContentExtractor.PAGE_TYPE_META)).contains("documentation");
        assertThat(docs.text()).contains("saring run in -o out");
    }

    @Test
    void labelsRoundTrip() {
        for (PageType t : PageType.values()) assertThat(PageType.fromLabel(t.label())).isEqualTo(t);
        assertThatThrownBy(() -> PageType.fromLabel("recipe")).hasMessageContaining("allowed are article");
    }
}
