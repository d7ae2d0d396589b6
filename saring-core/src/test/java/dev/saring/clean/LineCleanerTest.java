package dev.saring.clean;

import dev.saring.extract.MainContentExtractor;
import dev.saring.extract.PageType;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Role;
import dev.saring.model.Source;
import dev.saring.pipeline.Params;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineCleanerTest {

    private static final LineCleaner CLEANER = LineCleaner.defaults();

    private static Document clean(String... lines) {
        return CLEANER.apply(Document.ofText("d", Source.atOffset("t.txt", 0, 0, 0), String.join("\n", lines))).document();
    }

    private static String reason(Document d, int line) {
        return d.blocks().get(line - 1).decision().reason();
    }

    private static Role role(Document d, int line) {
        return d.blocks().get(line - 1).role();
    }

    /** Three paragraphs of an article. */
    private static final String P1 = "The city council voted on Tuesday to close the old bridge for repairs, a decision that will "
            + "send thousands of commuters onto the ring road for at least two years.";
    private static final String P2 = "Engineers found cracks in two of the steel supports last spring, and a report published in "
            + "June said the bridge could no longer carry lorries safely.";
    private static final String P3 = "Shop owners near the bridge said they feared losing customers, while cycling groups asked "
            + "the council to keep a lane open for bikes and pedestrians during the works.";

    @Test
    void onAPageDumpOnlyTheArticleRunIsKept() {
        Document d = clean("Home", "News", "Sport", "Weather", "Search", "Sign in", "Local News",
                "Bridge to close for two years", "By Jane Smith", "19 November 2019, 10:42",
                P1, P2, "What happens next", P3,
                "Share", "Facebook", "Twitter", "Most popular",
                "Council Approves New Budget For Schools", "Storm Warning Issued For The Coast",
                "Local Team Wins Cup Final After Penalties", "© 2019 Example News. All rights reserved.");
        assertThat(d.text()).isEqualTo(String.join("\n", P1, P2, "What happens next", P3));
        assertThat(reason(d, 1)).isEqualTo("leading-furniture");
        assertThat(role(d, 1)).isEqualTo(Role.NAVIGATION);
        assertThat(reason(d, 10)).isEqualTo("leading-furniture");
        assertThat(role(d, 13)).isEqualTo(Role.HEADING);
        assertThat(role(d, 15)).isEqualTo(Role.SHARE);
        assertThat(reason(d, 18)).isEqualTo("headline-list");
        assertThat(role(d, 18)).isEqualTo(Role.LIST_HEADING);
        assertThat(role(d, 19)).isEqualTo(Role.LIST_ITEM);
        assertThat(role(d, 22)).isEqualTo(Role.LEGAL);
    }

    @Test
    void aRelatedLinkAndAMarkerInsideTheArticleAreDroppedAndTheArticleGoesOn() {
        Document d = clean("Menu", "Home", "Politics", "Business", "Sign in",
                P1, "Read more: Council Votes To Raise Parking Fees", P2, "ADVERTISEMENT", P3,
                "Tags", "bridge", "council");
        assertThat(d.text()).isEqualTo(String.join("\n", P1, P2, P3));
        assertThat(reason(d, 7)).isEqualTo("phrase:related");
        assertThat(role(d, 7)).isEqualTo(Role.RELATED_LINK);
        assertThat(reason(d, 9)).isEqualTo("marker");
        assertThat(role(d, 9)).isEqualTo(Role.AD);
    }

    @Test
    void theDaysOfACalendarWidgetTheExtractorKeptGoAndAPagerStays() {
        var lines = new java.util.ArrayList<>(java.util.List.of(P1, P2, P3, "December 2011"));
        for (int day = 11; day <= 30; day++) lines.add(String.valueOf(day));
        Document d = cleanBlocks(lines);
        assertThat(d.text()).isEqualTo(String.join("\n", P1, P2, P3, "December 2011"));
        assertThat(reason(d, 5)).isEqualTo("calendar");
        assertThat(reason(d, 24)).isEqualTo("calendar");
        Document pager = cleanBlocks(java.util.List.of(P1, P2, P3, "1", "2", "3", "4", "5", "6", "7", "Next"));
        assertThat(pager.text()).endsWith("\n1\n2\n3\n4\n5\n6\n7");
    }

    /** The blocks of an extractor, each kept as body, through the cleaner. */
    private static Document cleanBlocks(java.util.List<String> lines) {
        var blocks = lines.stream().map(l -> dev.saring.model.Block.kept(Role.BODY, l)).toList();
        return CLEANER.apply(Document.ofText("d", Source.atOffset("t.html", 0, 0, 0), "").withBlocks(blocks)).document();
    }

    @Test
    void teaserCardsAfterTheArticleAreNotPartOfIt() {
        Document d = clean("Home", "World", "Politics", "Business",
                P1, P2, P3,
                "More from World", "Farmers Paint Their Cows With Zebra Stripes", "2H ago",
                "Some people thought the striped cattle were a joke, but the science behind it is serious.", "Jane Smith",
                "Two Killed In Helicopter Crash", "5H ago",
                "Officials dismiss a claim that the craft was shot down and say the cause is being investigated.", "John Doe");
        assertThat(d.text()).isEqualTo(String.join("\n", P1, P2, P3));
    }

    @Test
    void aListThatTheLastLineIntroducesStaysWithTheArticle() {
        Document d = clean("Home", "Music", "Charts", "Video", "Sign in", "News",
                P1, P2, "The band will play these dates next summer:",
                "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- Credit Union Amphitheatre, Tampa, FL",
                "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
                "Facebook", "Twitter", "Newsletter");
        assertThat(d.text()).endsWith("June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA");
        assertThat(d.text()).startsWith(P1).doesNotContain("Facebook");
    }

    /** Three more paragraphs, for pages whose article a table or a box cuts in two. */
    private static final String P4 = "The repairs will cost about forty million pounds, most of it paid by the national government, "
            + "and the work is to start in March once the last permits have been signed.";
    private static final String P5 = "A temporary ferry across the river was considered and rejected, because the crossing is too "
            + "narrow for boats of the size that would be needed during the morning rush.";
    private static final String P6 = "The council will publish a map of the new bus routes next month and hold two public meetings "
            + "in the town hall for residents who want to ask questions about the plan.";
    private static final String BEFORE = String.join("\n", P1, P2, P3);
    private static final String AFTER = String.join("\n", P4, P5, P6);

    /** A page whose article a run of other lines cuts in two. */
    private static String[] pageCutBy(String... gap) {
        var lines = new java.util.ArrayList<>(List.of("Home", "Sport", "Football", "Scores", "Sign in", "Search", P1, P2, P3));
        lines.addAll(List.of(gap));
        lines.addAll(List.of(P4, P5, P6, "Share", "Facebook", "Twitter", "© 2019 Example News. All rights reserved."));
        return lines.toArray(String[]::new);
    }

    @Test
    void aTableOfFiguresBetweenTwoParagraphsStaysWithTheArticle() {
        String[] table = {"Player", "Snaps", "Pct", "Tackles", "Ogunjobi", "63", "85%", "1 tackle, 1 sack.",
                "Garrett", "57", "77%", "3 tackles, 1 pass defended.", "Richardson", "49", "66%", "2 tackles."};
        Document d = clean(pageCutBy(table));
        assertThat(d.text()).isEqualTo(BEFORE + "\n" + String.join("\n", table) + "\n" + AFTER);
    }

    @Test
    void aProductBoxUnderASectionLabelIsDataToo() {
        String[] box = {"Don't Miss:", "Apple AirPods", "Easy setup for all your Apple devices", "Up to 24 hours of battery life",
                "Apple AirPods with Charging Case (Latest Model)", "$139.00", "Available from Amazon", "Buy Now"};
        Document d = clean(pageCutBy(box));
        // the label itself goes, as section labels do inside articles
        assertThat(d.text()).isEqualTo(BEFORE + "\n" + String.join("\n", List.of(box).subList(1, box.length)) + "\n" + AFTER);
    }

    @Test
    void paragraphsAfterALongTableFollowTheTableIntoTheArticle() {
        // three long paragraphs make a strong article; the three short ones after the table would not join it alone
        String longParagraph = String.join(" ", P1, P2, P3);
        String[] table = {"Year", "Vehicles per day", "Lorries", "2015", "41,200", "3,100", "2016", "42,900", "3,350",
                "2017", "44,100 (record)", "3,600", "2018", "43,800 after the speed limit was lowered", "3,550"};
        var lines = new java.util.ArrayList<>(List.of("Home", "News", "Local", "Sign in", longParagraph, longParagraph, longParagraph));
        lines.addAll(List.of(table));
        lines.addAll(List.of(P4, P5, P6, "Share", "Facebook", "Twitter", "© 2019 Example News. All rights reserved."));
        Document d = clean(lines.toArray(String[]::new));
        assertThat(d.text()).endsWith(String.join("\n", "3,550", P4, P5, P6)).doesNotContain("Facebook");
    }

    @Test
    void numberedHeadlinesOrAMastheadBetweenParagraphsAreStillFurniture() {
        Document headlines = clean(pageCutBy("Most read", "1", "Council Approves New Budget For Schools", "2",
                "Storm Warning Issued For The Coast", "3", "Local Team Wins Cup Final After Penalties"));
        assertThat(headlines.text()).isEqualTo(BEFORE + "\n" + AFTER);
        Document masthead = clean(pageCutBy("Example News", "Since 1994", "Editorial", "Jane Smith", "John Doe",
                "Operations", "Mary Major", "Richard Roe"));
        assertThat(masthead.text()).isEqualTo(BEFORE + "\n" + AFTER);
    }

    @Test
    void anEmbeddedTweetAtTheEndKeepsItsSignature() {
        Document d = clean("Home", "News", "Local", "Sign in", "Search", "Weather", P1, P2, P3,
                "The bridge will reopen for pedestrians at weekends, the council said on Twitter.",
                "\u2014 Wexley Council (@wexleycouncil) November 18, 2019",
                "Share", "Facebook", "Twitter", "\u00a9 2019 Example News. All rights reserved.");
        assertThat(d.text()).endsWith("\u2014 Wexley Council (@wexleycouncil) November 18, 2019");
    }

    @Test
    void teaserCardsWithTheirAgesAreDroppedButALiveBlogsTimedEntriesStay() {
        Document section = clean("Local News", "Councillors vote for a new passenger building.", "1 hour ago",
                "Gusts of up to 75mph are expected on the headlands.", "3 hours ago",
                "The central library will open on Sundays until May.", "5 hours ago");
        assertThat(section.text()).isEqualTo("Local News");
        assertThat(reason(section, 2)).isEqualTo("teaser-cards");
        assertThat(role(section, 3)).isEqualTo(Role.NAVIGATION);

        Document liveBlog = clean("10:42 GMT, 28 March", "The ferry has left the harbour with forty passengers on board.",
                "10:15 GMT, 28 March", "Crowds are gathering on the quay to watch the first crossing.",
                "09:50 GMT, 28 March", "The new terminal opens its doors to the public this morning.");
        assertThat(liveBlog.text()).contains("The ferry has left", "Crowds are gathering", "The new terminal opens");
    }

    @Test
    void aHeadlineListEndsAtASentenceThatIntroducesTheArticlesOwnList() {
        Document d = clean(P1, P2, "More in Bridge Repairs", "Council Votes To Raise Parking Fees",
                "Here are the main points of the report:", "Two supports are cracked", "Lorries must use the ring road", P3);
        assertThat(reason(d, 4)).isEqualTo("headline-list");
        assertThat(d.text()).contains("Here are the main points of the report:", "Two supports are cracked");
    }

    @Test
    void extractedTextKeepsEveryParagraphAndDropsOnlyItsFurniture() {
        Document d = clean("Polisi menemukan ratusan ribu masker yang sengaja ditimbun di sebuah gudang.", "",
                "Baca Juga: Penimbunan Masker Kembali Terbongkar di Makassar", "",
                "Gudang ini diduga dipakai untuk menimbun masker.", "",
                "Pemilik gudang ditahan.", "",
                "Reporter: Ridho Hidayat");
        assertThat(d.text()).isEqualTo(String.join("\n",
                "Polisi menemukan ratusan ribu masker yang sengaja ditimbun di sebuah gudang.", "",
                "Gudang ini diduga dipakai untuk menimbun masker.", "",
                "Pemilik gudang ditahan."));
        assertThat(reason(d, 3)).isEqualTo("phrase:related");
        assertThat(reason(d, 4)).isEqualTo("blank");
    }

    @Test
    void theItemsOfAPageTheExtractorFoundToBeAListingStay() {
        String[] lines = {P1, "Terpopuler", "Council Votes To Raise Parking Fees", "Ring Road Works Begin In May",
                "New Cycle Lane Opens On The Quay"};
        assertThat(clean(lines).text()).doesNotContain("Ring Road Works Begin In May");
        Document listing = CLEANER.apply(Document.ofText("d", Source.atOffset("t.txt", 0, 0, 0), String.join("\n", lines))
                .withMeta(MainContentExtractor.PAGE_TYPE_META, PageType.LISTING.label())).document();
        assertThat(listing.text()).contains("Council Votes To Raise Parking Fees", "Ring Road Works Begin In May",
                "New Cycle Lane Opens On The Quay");
        assertThat(reason(listing, 2)).isNotEqualTo("headline-list");
    }

    @Test
    void aHeadlineListUnderASectionLabelWithBareSeparatorsIsDropped() {
        Document d = clean(P1, P2, "Pilihan", "-", "Nama Orang Meninggal Dicatut Warga Bongkar Kejanggalan", "-",
                "Danantara Janji Bangkitkan Saham Blue Chip BUMN Tahun Ini");
        assertThat(d.text()).isEqualTo(P1 + "\n" + P2);
        assertThat(role(d, 4)).isEqualTo(Role.SEPARATOR);
        assertThat(reason(d, 4)).isEqualTo("headline-list");
        assertThat(role(d, 5)).isEqualTo(Role.LIST_ITEM);
    }

    @Test
    void aDocumentWithNothingLeftIsKeptWithEmptyText() {
        var out = CLEANER.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0), "Share\nFacebook\nTwitter"));
        assertThat(out).isInstanceOf(dev.saring.model.Outcome.Kept.class);
        assertThat(out.document().text()).isEmpty();
        assertThat(out.document().blocks()).hasSize(3).noneMatch(Block::isKept);
    }

    @Test
    void blocksFromExtractionKeepTheirRolesAndEarlierDrops() {
        var blocks = List.of(
                new Block(Role.NAVIGATION, "Home", Decision.drop("extract", "nav")),
                Block.kept(Role.TITLE, "Bridge to close"),
                Block.kept(Role.BODY, P1 + " Baca juga: Harga Cabai Naik Lagi Menurut data BPS, harga gabah turun."),
                Block.kept(Role.BODY, "Facebook"));
        Document doc = Document.ofText("d", Source.atOffset("t", 0, 0, 0), "").withBlocks(blocks);
        Document d = CLEANER.apply(doc).document();
        assertThat(d.blocks().get(0).decision()).isEqualTo(Decision.drop("extract", "nav"));
        assertThat(d.blocks().get(1).role()).isEqualTo(Role.TITLE);
        assertThat(d.blocks().get(1).isKept()).isTrue();
        assertThat(d.blocks().get(2).text()).isEqualTo(P1 + " Menurut data BPS, harga gabah turun.");
        assertThat(d.blocks().get(3).decision()).isEqualTo(Decision.drop("clean", "phrase:share"));
        assertThat(d.text()).isEqualTo("Bridge to close\n" + P1 + " Menurut data BPS, harga gabah turun.");
    }

    @Test
    void theDocumentsLanguageLimitsThePhrasesToItsOwnAndEnglish() {
        String ru = "Читайте также: Новый Мост Откроют Весной";
        Document asId = CLEANER.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0), P1 + "\n" + ru)
                .withLang(new LanguageGuess("id", 0.9, "ms", 0.1))).document();
        Document unknown = CLEANER.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0), P1 + "\n" + ru)).document();
        assertThat(asId.text()).contains(ru);
        assertThat(unknown.text()).doesNotContain(ru);
    }

    @Test
    void settingsAreReadFromParamsAndShownByToString() {
        var c = LineCleaner.fromParams(Params.of("clean", Map.of("credits_to_meta", "false", "article_region", "no")));
        assertThat(c.toString()).contains("articleRegion=false", "creditsToMeta=false", "useDocumentLanguage=true");
        assertThat(c.name()).isEqualTo("clean");
        assertThatThrownBy(() -> LineCleaner.fromParams(Params.of("clean", Map.of("credit_to_meta", "false"))))
                .hasMessageContaining("unknown setting clean.credit_to_meta");
    }

    @Test
    void withoutTheArticleRunAPageKeepsAllButItsFurnitureLines() {
        var c = LineCleaner.defaults().withArticleRegion(false);
        Document d = c.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0),
                String.join("\n", "Home", "News", "Sport", "Weather", "Local", "Latest Headlines Today", P1, P2, P3, "Share"))).document();
        assertThat(d.text()).contains("Latest Headlines Today").doesNotContain("Share").doesNotContain("Home");
    }
}
