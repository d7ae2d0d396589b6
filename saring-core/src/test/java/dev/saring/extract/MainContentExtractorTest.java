package dev.saring.extract;

import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Role;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainContentExtractorTest {

    private final MainContentExtractor extractor = MainContentExtractor.defaults();

    static Document raw(String html) {
        return Document.ofRaw("p1", Source.atOffset("page.html", 0, 0, 0),
                new RawContent(html.getBytes(StandardCharsets.UTF_8), "text/html", null));
    }

    static String fixture(String name) {
        try (InputStream in = MainContentExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Document extracted(String html) {
        Outcome o = extractor.apply(raw(html));
        assertThat(o).isInstanceOf(Outcome.Kept.class);
        return o.document();
    }

    private static String paragraph(int i) {
        return "<p>Paragraph " + i + " tells a long enough story, with commas, clauses and a full stop at the end"
                + " so that it reads like prose.</p>";
    }

    @Test
    void aSitesLongLegalNoticeIsNotTheArticleItFollows() {
        String legal = "<div class=\"b1\"><p>\u00a9 News Agency of the North, 2004-2013. All materials of the site are published"
                + " under the agreement between the agency and the authors, who answer for what they write; reproduction in"
                + " whole or in part is allowed only with a link to the site, and the editors do not always share the views"
                + " of the authors, nor do they answer for the contents of the advertisements shown beside the articles.</p>"
                + "<p>Legal terms: under the agreement of \u00a9 News Agency of the North with its authors, the editors can be reached by post at the address of the agency, by telephone on working days, and by"
                + " e-mail; letters are read but not answered, and manuscripts are not returned to their senders.</p></div>";
        String html = "<html><body><div class=\"m1\"><div class=\"mafa\"><p>The city council voted on Tuesday to close the old"
                + " bridge for repairs, a decision that will send commuters onto the ring road.</p><p>Engineers found cracks"
                + " in two of the steel supports last spring.</p></div></div>" + legal + "</body></html>";
        Outcome o = MainContentExtractor.defaults().apply(raw(html));
        assertThat(o.document().text()).contains("The city council voted", "Engineers found cracks").doesNotContain("News Agency");
    }

    @Test
    void aHeadingsIdIsTheAnchorOfATableOfContentsNotItsRole() {
        var sb = new StringBuilder("<html><body><article><h1>Cloud stocks</h1>");
        String[] ids = {"toc_why-cloud-spending-grows", "comments-from-the-analysts", "related-risks-to-watch"};
        String[] titles = {"Why cloud spending grows", "What the analysts say", "Risks to watch"};
        for (int i = 0; i < ids.length; i++) {
            sb.append("<h2 id=\"").append(ids[i]).append("\">").append(titles[i]).append("</h2>");
            sb.append("<p>Spending on cloud services rose again this year, part ").append(i + 1)
                    .append(", as firms moved their data centres, their analytics and their e-mail to rented servers.</p>");
        }
        sb.append("</article></body></html>");
        Document d = extracted(sb.toString());
        assertThat(d.text()).contains("Why cloud spending grows", "What the analysts say", "Risks to watch", "part 3");
    }

    @Test
    void theArticleIsKeptAndThePageFurnitureIsNot() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.isRaw()).isFalse();
        assertThat(d.text())
                .startsWith("Hujan deras yang turun sejak Jumat malam")
                .contains("Air mulai surut", "Posko SDN 01 Kampung Melayu", "normalisasi sungai tahun ini")
                .doesNotContain("Nasional", "Bagikan", "Baca juga", "Semoga cepat surut", "Terpopuler",
                        "Hak cipta", "Advertisement", "Warga mengevakuasi barang", "Oleh Rina");
    }

    @Test
    void whatAPageShowsWithoutScriptsIsRead() {
        String html = "<html><body><div id=\"app\"></div><noscript><div id=\"main-outlet\">" + paragraph(1) + paragraph(2)
                + "</div></noscript></body></html>";
        assertThat(extracted(html).text()).contains("Paragraph 1 ", "Paragraph 2 ");
    }

    @Test
    void aConsentDialogIsNeverTheContentEvenWhenItHoldsMostOfThePagesProse() {
        var dialog = new StringBuilder("<div id=\"onetrust-consent-sdk\"><div class=\"ot-pc\">");
        for (int i = 1; i <= 8; i++) {
            dialog.append("<p>Cookies of purpose ").append(i).append(" let us and our partners measure, with your consent,")
                    .append(" how you use this site, and show you adverts that suit you.</p>");
        }
        String html = "<html><body><main><h2>Tomato sauces</h2>" + paragraph(1) + "</main>" + dialog + "</div></div></body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("Paragraph 1 ").doesNotContain("Cookies of purpose");
    }

    @Test
    void theHeadlineGoesToTheTitleNotTheText() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.title()).contains("Banjir melanda Jakarta Timur");
        assertThat(d.text()).doesNotContain("Banjir melanda Jakarta Timur");
    }

    @Test
    void aHeadlineInsideTheContentIsListedAsADroppedTitleBlock() {
        String html = "<html><head><title>The big story - Daily Site</title></head><body><article><h1>The big story</h1>"
                + paragraph(1) + paragraph(2) + paragraph(3) + "</article></body></html>";
        Document d = extracted(html);
        assertThat(d.title()).contains("The big story");
        assertThat(d.blocks().get(0)).isEqualTo(new Block(Role.TITLE, "The big story", Decision.drop("extract", "title")));
        assertThat(d.text()).startsWith("Paragraph 1 ");
    }

    @Test
    void pageMetadataBecomesMetaFields() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.meta().asMap()).containsEntry("date", "2024-02-03T08:15:00+07:00")
                .containsEntry("author", "Rina Wulandari")
                .containsEntry("lang_hint", "id")
                .containsEntry("canonical_url", "https://kabarkota.example/berita/banjir-jakarta-timur");
    }

    @Test
    void headingsAndListItemsStandOnTheirOwnLinesWithTheirRoles() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.text().lines()).contains("Air mulai surut", "Posko SDN 01 Kampung Melayu");
        List<Block> kept = d.blocks().stream().filter(Block::isKept).toList();
        assertThat(kept).extracting(Block::role).contains(Role.HEADING, Role.LIST_ITEM, Role.BODY);
        assertThat(kept.stream().filter(b -> b.role() == Role.HEADING).map(Block::text)).containsExactly("Air mulai surut");
    }

    @Test
    void aDataTablesRowIsOneLineOfCellsAndALayoutTablesColumnIsNot() {
        String article = "<p>The league's second round ended on Sunday, with the leaders losing for the first time this"
                + " season, away, in the rain.</p><p>Three teams now share second place, two points behind, and the"
                + " coach of the leaders said his side had been tired after the cup.</p>";
        String table = "<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>"
                + "<tr><td>Rovers</td><td>12</td><td>28</td></tr><tr><td>City</td><td> 12</td><td></td><td><b>26</b></td></tr></table>";
        // the page itself is laid out in a table: its columns hold blocks and stay blocks
        String html = "<html><body><table><tr><td class=\"main\"><h1>Leaders lose</h1>" + article + table
                + "</td><td class=\"menu\"><div><a href=\"/a\">Home</a></div></td></tr></table></body></html>";
        Document d = extracted(html);
        assertThat(d.text().lines()).contains("Team | Played | Points", "Rovers | 12 | 28", "City | 12 | 26");
        assertThat(d.text()).contains("second round ended on Sunday", "tired after the cup");
        assertThat(d.blocks().stream().filter(b -> b.text().startsWith("Rovers")).map(Block::role)).containsOnly(Role.TABLE);
    }

    @Test
    void furnitureInsideTheArticleIsKeptInTheBlocksAsDroppedWithAReason() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.blocks()).filteredOn(b -> !b.isKept())
                .extracting(b -> b.decision().reason())
                .contains("caption", "share", "related", "ad");
        assertThat(d.blocks()).filteredOn(b -> b.text().startsWith("Warga mengevakuasi"))
                .singleElement().extracting(Block::role).isEqualTo(Role.CAPTION);
    }

    @Test
    void theTextIsTheKeptBlocksOnePerLine() {
        Document d = extracted(fixture("news-article.html"));
        assertThat(d.text()).isEqualTo(Document.keptText(d.blocks()));
    }

    @Test
    void anArticleSplitIntoPartsBetweenAdsIsGatheredWhole() {
        var sb = new StringBuilder("<html><body><div class='story'>");
        for (int part = 0; part < 3; part++) {
            sb.append("<div class='wrap'><div class='story-part'>");
            for (int i = 0; i < 4; i++) sb.append(paragraph(part * 10 + i));
            sb.append("</div><div class='ad'>Advertisement</div></div>");
        }
        sb.append("</div><div class='related'><a href='/x'>Other story one</a> <a href='/y'>Other story two</a></div></body></html>");
        Document d = extracted(sb.toString());
        assertThat(d.text()).contains("Paragraph 0 ", "Paragraph 13 ", "Paragraph 23 ").doesNotContain("Other story");
    }

    @Test
    void aRelatedHeadingClaimsTheRestOfItsUnnamedSection() {
        var sb = new StringBuilder("<html><body><article class='main'><h1>Story</h1>");
        for (int i = 0; i < 2; i++) sb.append(paragraph(i));
        sb.append("</article><div class='box'><h3 class='relatedpoststitle'>You may like</h3>");
        for (int i = 10; i < 16; i++) sb.append("<div class='teaser'>").append(paragraph(i)).append("</div>");
        sb.append("</div></body></html>");
        Document d = extracted(sb.toString());
        assertThat(d.text()).contains("Paragraph 0 ", "Paragraph 1 ").doesNotContain("Paragraph 10 ", "You may like");
    }

    @Test
    void aCommentsSectionThatIsNearlyThePageIsItsContent() {
        var sb = new StringBuilder("<html><body><h1>Readers' views</h1><div class='comments'>");
        for (int i = 0; i < 6; i++) sb.append("<div class='comment'>").append(paragraph(i)).append("</div>");
        sb.append("</div></body></html>");
        Document d = extracted(sb.toString());
        assertThat(d.text()).contains("Paragraph 0 ", "Paragraph 5 ");
    }

    @Test
    void aShortPostKeepsItsLongCommentThreadOut() {
        var sb = new StringBuilder("<html><body><div class='post'>").append(paragraph(0)).append(paragraph(1))
                .append("</div><div class='comments'>");
        for (int i = 10; i < 16; i++) sb.append("<div class='comment'>").append(paragraph(i)).append("</div>");
        sb.append("</div></body></html>");
        Document d = extracted(sb.toString());
        assertThat(d.text()).contains("Paragraph 0 ", "Paragraph 1 ").doesNotContain("Paragraph 10 ");
    }

    @Test
    void linksInsideAParagraphDoNotSplitIt() {
        String html = "<html><body><article>" + paragraph(1)
                + "<p>It said so <a class='story-body__link' href='/x'>on its website</a> last Friday, and more.</p>"
                + paragraph(2) + "</article></body></html>";
        assertThat(extracted(html).text().lines()).contains("It said so on its website last Friday, and more.");
    }

    @Test
    void aPageWhoseTextOnlyLivesInJsonLdGetsItsArticleBody() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"H\","
                + "\"articleBody\":\"First paragraph of the story.\\nSecond paragraph of the story.\"}</script></head>"
                + "<body><div id='app'></div></body></html>";
        Document d = extracted(html);
        assertThat(d.text()).isEqualTo("First paragraph of the story.\nSecond paragraph of the story.");
        assertThat(d.title()).contains("H");
    }

    @Test
    void documentsThatAreNotRawPassThroughUnchanged() {
        Document text = Document.ofText("t", Source.atOffset("a.txt", 0, 0, 0), "already text");
        Outcome o = extractor.apply(text);
        assertThat(o).isEqualTo(Outcome.keep(text));
    }

    @Test
    void aPageWithoutTextIsDroppedAsEmpty() {
        Outcome o = extractor.apply(raw("<html><body><img src=x><script>var a = 1;</script></body></html>"));
        assertThat(o).isInstanceOfSatisfying(Outcome.Dropped.class, dr -> {
            assertThat(dr.step()).isEqualTo("extract");
            assertThat(dr.reason()).isEqualTo("empty");
        });
    }

    @Test
    void aPageOverTheSizeCapIsDroppedAsTooLargeUnparsed() {
        Outcome o = extractor.withMaxBytes(100).apply(raw("<p>" + "x".repeat(200) + "</p>"));
        assertThat(o).isInstanceOfSatisfying(Outcome.Dropped.class, dr -> assertThat(dr.reason()).isEqualTo("too-large"));
    }

    @Test
    void aPageOverTheNodeBudgetIsDroppedAsTooLarge() {
        Outcome o = extractor.withMaxNodes(50).apply(raw("<div>" + paragraph(1).repeat(100) + "</div>"));
        assertThat(o).isInstanceOfSatisfying(Outcome.Dropped.class, dr -> assertThat(dr.reason()).isEqualTo("too-large"));
    }

    @Test
    void oneHundredThousandNestedDivsAreDroppedAsTooDeepWithoutOverflowingTheStack() {
        int n = 100_000;
        String html = "<html><body>" + "<div>".repeat(n) + "deep text" + "</div>".repeat(n) + "</body></html>";
        Outcome o = extractor.apply(raw(html));
        assertThat(o).isInstanceOfSatisfying(Outcome.Dropped.class, dr -> assertThat(dr.reason()).isEqualTo("too-deep"));
    }

    @Test
    void anExhaustedTimeBudgetIsATimeout() {
        Outcome o = extractor.withTimeBudgetMillis(1).apply(raw(fixture("news-article.html").repeat(200)));
        assertThat(o).isInstanceOfSatisfying(Outcome.Dropped.class, dr -> assertThat(dr.reason()).isEqualTo("timeout"));
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        String html = fixture("news-article.html");
        Document expected = extracted(html);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Document>>();
            for (int i = 0; i < 32; i++) futures.add(pool.submit(() -> extractor.apply(raw(html)).document()));
            for (var f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsComeFromParamsAndShowInToString() {
        var x = MainContentExtractor.fromParams(Params.of("extract", Map.of("max_bytes", "1000", "max_depth", 64)));
        assertThat(x.maxBytes()).isEqualTo(1000);
        assertThat(x.maxDepth()).isEqualTo(64);
        assertThat(x.toString()).contains("max_bytes=1000", "max_depth=64", "max_nodes=", "time_budget_ms=");
        assertThat(x.name()).isEqualTo("extract");
    }

    @Test
    void unknownOrOutOfRangeSettingsAreRejectedByName() {
        assertThatThrownBy(() -> MainContentExtractor.fromParams(Params.of("extract", Map.of("max_byte", "10"))))
                .hasMessageContaining("extract.max_byte");
        assertThatThrownBy(() -> MainContentExtractor.fromParams(Params.of("extract", Map.of("max_depth", "0"))))
                .hasMessageContaining("extract.max_depth");
    }
}
