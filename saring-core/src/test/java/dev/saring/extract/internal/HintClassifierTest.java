package dev.saring.extract.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HintClassifierTest {

    private final HintClassifier c = new HintClassifier();

    private int cls(String classAttr) {
        return c.classify(classAttr, "", "", "");
    }

    @Test
    void camelCaseDashesAndUnderscoresSplitTheSameWay() {
        assertThat(cls("relatedPosts")).isEqualTo(Hint.RELATED);
        assertThat(cls("related-posts")).isEqualTo(Hint.RELATED);
        assertThat(cls("related_posts")).isEqualTo(Hint.RELATED);
    }

    @Test
    void wordsMatchWholeNotInside() {
        assertThat(cls("header-shadow")).isEqualTo(Hint.HEADER);   // "ad" is not inside "header" or "shadow"
        assertThat(cls("ad-slot") & Hint.AD).isNotZero();
    }

    @Test
    void twoWordPhrasesAreRecognised() {
        assertThat(cls("read-more-box") & Hint.RELATED).isNotZero();
        assertThat(cls("youMayLike") & Hint.RELATED).isNotZero();
    }

    @Test
    void contentNamesAreContentUnlessFurnitureIsNamedToo() {
        assertThat(cls("entry-content")).isEqualTo(Hint.CONTENT);
        assertThat(cls("articleBody")).isEqualTo(Hint.CONTENT);
        assertThat(cls("comment-content")).isEqualTo(Hint.COMMENTS);
    }

    @Test
    void namesThatDescribeAWrappersStateSayNothing() {
        assertThat(cls("has-sidebar")).isZero();
        assertThat(cls("comments-open")).isZero();
    }

    @Test
    void aPageBuildersWidgetsAreItsPartsNotASidebar() {
        assertThat(cls("widget")).isEqualTo(Hint.WIDGET);
        assertThat(cls("footer-widgets")).isEqualTo(Hint.FOOTER | Hint.WIDGET);
        assertThat(cls("widgetContainer")).isEqualTo(Hint.WIDGET);
        assertThat(cls("rightcol")).isEqualTo(Hint.WIDGET);
        assertThat(cls("sidebar-widget")).isEqualTo(Hint.SIDEBAR | Hint.WIDGET);
        // Elementor wraps every heading and text of a page in these
        assertThat(cls("elementor-widget-container")).isZero();
        assertThat(cls("elementor-widget elementor-widget-text-editor")).isZero();
        assertThat(cls("elementor-widget-sidebar")).isEqualTo(Hint.SIDEBAR);
        assertThat(cls("elementor-nav-menu")).isEqualTo(Hint.NAVIGATION);
    }

    @Test
    void aDrupalNodePromotedToTheFrontPageIsNoPromo() {
        assertThat(cls("node node--type-blog-post node--promoted node--view-mode-full")).isZero();
        assertThat(cls("promo-box")).isEqualTo(Hint.PROMO);
        assertThat(cls("promotion")).isEqualTo(Hint.PROMO);
    }

    @Test
    void hiddenClassesAreHidden() {
        assertThat(cls("sr-only")).isEqualTo(Hint.HIDDEN);
        assertThat(cls("screen-reader-text")).isEqualTo(Hint.HIDDEN);
        assertThat(cls("hidden-xs")).isZero();
    }

    @Test
    void printOnlyNamesAreToldApartButAPrintableArticleIsNot() {
        assertThat(cls("visible-print-block")).isEqualTo(Hint.PRINT_ONLY);
        assertThat(cls("print-only")).isEqualTo(Hint.PRINT_ONLY);
        assertThat(c.classify("", "print-layer", "", "")).isEqualTo(Hint.PRINT_ONLY);
        assertThat(cls("printable")).isZero();
        assertThat(cls("print")).isZero();
    }

    @Test
    void roleAndItempropCount() {
        assertThat(c.classify("", "", "navigation", "")).isEqualTo(Hint.NAVIGATION);
        assertThat(c.classify("", "", "", "articleBody")).isEqualTo(Hint.ARTICLE_BODY);
        assertThat(c.classify("", "comments", "", "")).isEqualTo(Hint.COMMENTS);
    }

    @Test
    void furnitureWordsGluedToOthersAreFoundByTheirStart() {
        assertThat(cls("relatedpoststitle") & Hint.RELATED).isNotZero();
        assertThat(cls("commentform") & Hint.COMMENTS).isNotZero();
        assertThat(cls("commentary")).isZero();
        assertThat(cls("shareholders")).isZero();
    }

    @Test
    void embeddedPostsAreNotShareBars() {
        assertThat(cls("social-media-embed") & Hint.SHARE).isZero();
        assertThat(cls("social-links") & Hint.SHARE).isNotZero();
    }

    @Test
    void featureFlagNamesSayNothing() {
        assertThat(cls("f_share_tools_on")).isZero();
    }

    @Test
    void everyClassOfAnAttributeCounts() {
        assertThat(cls("sidebar share-box")).isEqualTo(Hint.SIDEBAR | Hint.SHARE);
        assertThat(cls("widget share-box")).isEqualTo(Hint.WIDGET | Hint.SHARE);
    }
}
