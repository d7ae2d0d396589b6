package dev.saring.extract;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages whose content is spread over sections of their own markup, not held by one container. */
class SpreadContentTest {

    private final MainContentExtractor extractor = MainContentExtractor.defaults();

    private Document extracted(String html) {
        Outcome o = extractor.apply(MainContentExtractorTest.raw(html));
        assertThat(o).isInstanceOf(Outcome.Kept.class);
        return o.document();
    }

    /**
     * A section as page builders make them, six levels deep: a row named by its topic, its inner row, a column,
     * its inner wrapper, a wrapper with the heading, and the text's paragraphs.
     */
    private static String section(String topic, int paragraphs) {
        String name = topic.replace(' ', '-');
        var sb = new StringBuilder(open(name)).append("<h2>Our ").append(topic).append(" service</h2><div class=\"text\">");
        for (int i = 1; i <= paragraphs; i++) {
            sb.append("<p>We handle ").append(topic).append(" for small firms, part ").append(i)
                    .append(", with a named adviser, fixed fees and a report every month.</p>");
        }
        return sb.append("</div>").append(CLOSE).toString();
    }

    private static String open(String name) {
        return "<div class=\"row row-" + name + "\"><div class=\"row-inner\"><div class=\"col\"><div class=\"col-inner\">"
                + "<div class=\"wrapper wrapper-" + name + "\">";
    }

    private static final String CLOSE = "</div></div></div></div></div>";

    private static final String NAV = "<header><nav><a href=\"/\">Home</a> <a href=\"/about\">About us</a></nav></header>";
    private static final String FOOTER = "<footer><p>Registered in England, company number 123456, all rights reserved.</p></footer>";

    @Test
    void aServicePageKeepsEverySectionNotOnlyTheLongest() {
        String html = "<html><body>" + NAV + "<main>" + section("payroll", 4) + section("bookkeeping", 2)
                + section("tax return", 2) + section("audit", 2) + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll for small firms, part 4", "We handle bookkeeping",
                        "Our tax return service", "We handle audit for small firms, part 2")
                .doesNotContain("About us", "Registered in England");
    }

    @Test
    void anAccordionsQuestionsInTheirButtonsAndTheirHiddenAnswersAreContent() {
        var faq = new StringBuilder("<h2>Frequently asked questions</h2>");
        for (String q : new String[] {"How long does payroll take", "What does an audit cost", "Who files the tax return"}) {
            faq.append("<div class=\"faq-item\"><button type=\"button\" aria-expanded=\"false\"><h5>").append(q)
                    .append("?</h5><span class=\"icon\"></span></button><div class=\"answer hidden\"><p>It depends on the firm:")
                    .append(" we answer ").append(q.toLowerCase()).append(" in the first call, with a fixed fee and a date. Most firms hear from us the same week, and the adviser stays with them.</p></div></div>");
        }
        String html = "<html><body>" + NAV + "<main><h1>Payroll for small firms</h1><p>We run the payroll of small firms,"
                + " with a named adviser.</p>" + faq + "<div class=\"sr-only\">Skip to the footer</div><button>Menu</button></main>"
                + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("How long does payroll take?", "we answer what does an audit cost in the first call",
                "Who files the tax return?").doesNotContain("Skip to the footer", "Menu");
    }

    @Test
    void aTabsHiddenPanelsAreContentAndOtherHiddenBlocksAreNot() {
        var tabs = new StringBuilder("<div role=\"tablist\"><button role=\"tab\">Python</button><button role=\"tab\">Java</button></div>");
        String[][] panels = {{"Python", "pip install the client, then call send with the number and the text of the message."},
                {"Java", "add the client to your Maven build, then call send with the number and the text of the message."},
                {"Go", "go get the client module, then call Send with the number and the text of the message."}};
        for (int i = 0; i < panels.length; i++) {
            tabs.append("<div role=\"tabpanel\"").append(i == 0 ? "" : " hidden").append("><p>In ").append(panels[i][0])
                    .append(", ").append(panels[i][1]).append(" The reply arrives at your webhook within seconds.</p></div>");
        }
        String html = "<html><body>" + NAV + "<main><h1>Send your first message</h1><p>This guide sends one text message"
                + " from a trial account, in the language of your choice, and shows where the reply arrives.</p>" + tabs
                + "<div style=\"display:none\"><p>Your session has expired, sign in again to go on with the guide.</p></div>"
                + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("In Python, pip install", "In Java, add the client", "In Go, go get")
                .doesNotContain("Your session has expired");
    }

    @Test
    void aPrintCopyOfTheArticleIsNotTakenTwiceButAPageThatIsAllPrintCopyIsKept() {
        var article = new StringBuilder("<h1>Farmers and judges to work longer</h1>");
        for (int i = 1; i <= 4; i++) {
            article.append("<p>The ministry's draft, part ").append(i).append(", raises the retirement age to 67 for")
                    .append(" farmers, prosecutors and judges as well, the newspaper reports.</p>");
        }
        String html = "<html><body>" + NAV + "<div id=\"main\"><div class=\"art-content\">" + article + "</div>"
                + "<div id=\"print-layer\" class=\"disabled\">" + article + "</div></div>" + FOOTER + "</body></html>";
        String text = extracted(html).text();
        assertThat(text).contains("part 4, raises");
        assertThat(text.split("part 1, raises", -1)).hasSize(2);
        // a print page holds its article in the print-only element: then it is the content
        String printPage = "<html><body>" + NAV + "<div class=\"print-version\">" + article + "</div>" + FOOTER + "</body></html>";
        assertThat(extracted(printPage).text()).contains("part 1, raises", "part 4, raises");
    }

    @Test
    void aPageThatDeclaresItselfAnArticleKeepsItsArticleOnly() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Payroll\"}</script></head><body>" + NAV + "<main>" + section("payroll", 4)
                + section("bookkeeping", 2) + section("tax return", 2) + section("audit", 2) + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll for small firms, part 4").doesNotContain("bookkeeping");
    }

    @Test
    void ogTypeArticleAloneDoesNotMakeAServicePageAnArticleButWithADateOrAnAuthorItDoes() {
        String body = "<body>" + NAV + "<main>" + section("payroll", 4) + section("bookkeeping", 2) + section("tax return", 2)
                + section("audit", 2) + "</main>" + FOOTER + "</body></html>";
        String og = "<meta property=\"og:type\" content=\"article\">";
        assertThat(extracted("<html><head>" + og + "</head>" + body).text())
                .contains("We handle payroll for small firms, part 4", "We handle audit for small firms, part 2");
        for (String more : new String[] {"<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\">",
                "<meta name=\"author\" content=\"Dana Reyes\">"}) {
            assertThat(extracted("<html><head>" + og + more + "</head>" + body).text()).as(more)
                    .contains("We handle payroll for small firms, part 4").doesNotContain("We handle audit");
        }
    }

    @Test
    void teasersCutShortAroundAnArticleStayOutWhateverTheirLinks() {
        var teasers = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            teasers.append(open("teaser-" + i)).append("<p><a href=\"/s/").append(i).append("\">Council budget ").append(i)
                    .append("</a> The council met again on Monday evening to vote on item ").append(i)
                    .append(" of the budget for roads, schools and the...</p>").append(CLOSE);
        }
        String html = "<html><body>" + NAV + "<main>" + teasers + section("payroll", 2) + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll for small firms, part 2").doesNotContain("The council met again");
    }

    @Test
    void teasersOfOtherStoriesAroundAnArticleStayOut() {
        var teasers = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            teasers.append(open("story-" + i)).append("<h3><a href=\"/s/").append(i)
                    .append("\">Another story about the town council and its budget, number ").append(i)
                    .append("</a></h3><p>The council met again, with commas, to vote on item ").append(i).append(" of the budget for roads, schools and the library")
                    .append(".</p>").append(CLOSE);
        }
        String html = "<html><body>" + NAV + "<main>" + section("payroll", 2) + teasers + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll for small firms, part 2").doesNotContain("The council met again");
    }

    @Test
    void aWidgetOfShortCellsBesideTheTextStaysOut() {
        var scores = new StringBuilder(open("scores"))
                .append("<p>Results of the weekend in the regional league, with the home side first.</p><table>");
        for (int i = 1; i <= 12; i++) {
            scores.append("<tr><td>Team ").append(i).append("</td><td>Rovers</td><td>").append(i % 4).append(":1</td></tr>");
        }
        scores.append("</table>").append(CLOSE);
        String html = "<html><body>" + NAV + "<main>" + section("payroll", 2) + scores + section("audit", 2)
                + "</main>" + FOOTER + "</body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll for small firms, part 2").doesNotContain("Rovers");
    }

    @Test
    void markupThatABrowserSavedAsTheTextOfANoscriptIsNotText() {
        String html = "<html><body><article>" + section("payroll", 3)
                + "<noscript>&lt;img src=\"https://track.example/p.gif\" width=1 height=1&gt;</noscript></article></body></html>";
        Document d = extracted(html);
        assertThat(d.text()).contains("We handle payroll").doesNotContain("track.example", "<img");
    }
}
