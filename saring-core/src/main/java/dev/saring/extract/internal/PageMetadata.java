package dev.saring.extract.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page says about itself, gathered during the walk from {@code <title>}, {@code <meta>} (OpenGraph,
 * article:*, name=author, ...), {@code <link rel=canonical>}, JSON-LD, microdata and {@code <time>}.
 * Stronger sources win: JSON-LD, then OpenGraph and article meta, then microdata, then the first
 * {@code <time>}. Not thread-safe: one per page.
 */
public final class PageMetadata {

    /** Immutable and thread-safe once built; lenient as pages' JSON-LD needs. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting",
            "posting", "review", "medicalwebpage", "advertisercontentarticle", "satiricalarticle");
    private static final int MAX_JSON_DEPTH = 12;
    private static final int MAX_JSON_CHARS = 2_000_000;

    private String htmlTitle;
    private String ogTitle;
    private String ldHeadline;
    private String ldBody;
    private String ldProductDescription;
    private String ldDate;
    private String metaDate;
    private String microDate;
    private String timeDate;
    private String ldAuthor;
    private String metaAuthor;
    private String microAuthor;
    private String canonical;
    private String ogUrl;
    private String lang;
    private final PageTypeEvidence pageType = new PageTypeEvidence();

    public void htmlTitle(String t) {
        if (htmlTitle == null && !t.isBlank()) htmlTitle = t.strip();
    }

    public void lang(String l) {
        if (lang == null && l != null && !l.isBlank()) lang = l.strip();
    }

    /** A {@code <meta>} element's name/property and content. */
    public void meta(String name, String property, String itemprop, String content) {
        if (content == null || content.isBlank()) return;
        String key = (property.isEmpty() ? name : property).toLowerCase(Locale.ROOT);
        switch (key) {
            case "og:title", "twitter:title" -> ogTitle = first(ogTitle, content);
            case "og:url" -> ogUrl = first(ogUrl, content);
            case "og:type" -> pageType.ogType(content);
            case "generator" -> pageType.generator(content);
            case "article:published_time", "og:published_time", "article:published", "published_time",
                 "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
                 "dcterms.date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
                 "article.published", "datepublished" -> metaDate = first(metaDate, content);
            case "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl" -> {
                if (!content.startsWith("http")) metaAuthor = first(metaAuthor, content);
            }
            default -> { }
        }
        if (!itemprop.isEmpty()) microdata(itemprop, content);
    }

    /** An {@code itemprop} value given by an element's content, datetime or text. */
    public void microdata(String itemprop, String value) {
        if (value == null || value.isBlank()) return;
        switch (itemprop) {
            case "datePublished" -> microDate = first(microDate, value);
            case "author", "creator" -> microAuthor = first(microAuthor, value);
            default -> { }
        }
    }

    public void canonical(String href) {
        if (href != null && !href.isBlank()) canonical = first(canonical, href);
    }

    public void time(String datetime) {
        if (datetime != null && !datetime.isBlank()) timeDate = first(timeDate, datetime);
    }

    /** The text of a {@code <script type="application/ld+json">}. */
    public void jsonLd(String json) {
        if (json.length() > MAX_JSON_CHARS) return;
        JsonNode root;
        try (JsonParser p = JSON.createParser(json)) {
            root = JSON.readTree(p);
        } catch (IOException e) {
            return;   // broken JSON-LD is common; it is only evidence
        }
        if (root == null) return;
        var articles = new ArrayList<JsonNode>();
        var products = new ArrayList<JsonNode>();
        collectArticles(root, articles, products, 0, pageType);
        for (JsonNode product : products) {
            String d = text(product.get("description"));
            if (d != null && (ldProductDescription == null || d.length() > ldProductDescription.length())) ldProductDescription = d;
        }
        JsonNode best = null;
        for (JsonNode a : articles) {
            if (best == null || (!best.hasNonNull("articleBody") && a.hasNonNull("articleBody"))) best = a;
        }
        if (best == null) return;
        ldHeadline = first(ldHeadline, text(best.get("headline")));
        if (ldHeadline == null) ldHeadline = text(best.get("name"));
        String body = text(best.get("articleBody"));
        if (body != null && (ldBody == null || body.length() > ldBody.length())) ldBody = body;
        ldDate = first(ldDate, text(best.get("datePublished")));
        if (ldDate == null) ldDate = text(best.get("dateCreated"));
        ldAuthor = first(ldAuthor, authorNames(best.get("author")));
    }

    /** The article objects among the page's own objects (top level, {@code @graph}, main entities); their types are evidence. */
    private static void collectArticles(JsonNode n, List<JsonNode> out, List<JsonNode> products, int depth,
                                        PageTypeEvidence types) {
        if (n == null || depth > MAX_JSON_DEPTH) return;
        if (n.isArray()) {
            for (JsonNode c : n) collectArticles(c, out, products, depth + 1, types);
            return;
        }
        if (!n.isObject()) return;
        JsonNode type = n.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (t.isTextual()) types.schemaType(t.asText(), "json-ld");
            }
        }
        if (isArticleType(type)) out.add(n);
        if (type != null && type.toString().toLowerCase(Locale.ROOT).contains("product")) products.add(n);
        collectArticles(n.get("@graph"), out, products, depth + 1, types);
        // an FAQ's entries are Questions, which would make any page with an FAQ section a forum thread
        if (!isFaqPage(type)) collectArticles(n.get("mainEntity"), out, products, depth + 1, types);
        collectArticles(n.get("mainEntityOfPage"), out, products, depth + 1, types);
    }

    private static boolean isFaqPage(JsonNode type) {
        if (type == null) return false;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && t.asText().strip().equalsIgnoreCase("FAQPage")) return true;
        }
        return false;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) return true;
            }
            return false;
        }
        return type.isTextual() && isArticleType(type.asText().toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case schema.org type name is one of an article. */
    static boolean isArticleType(String lowerCaseType) {
        return ARTICLE_TYPES.contains(lowerCaseType);
    }

    /** A microdata {@code itemtype} (a schema.org URL). */
    public void itemType(String itemtype) {
        if (itemtype == null || itemtype.isBlank()) return;
        for (String t : itemtype.strip().split("\\s+")) pageType.schemaType(t, "microdata");
    }

    /** The evidence of the page's type gathered so far. */
    public PageTypeEvidence pageType() {
        return pageType;
    }

    private static String authorNames(JsonNode a) {
        if (a == null) return null;
        if (a.isTextual()) return blankToNull(a.asText());
        if (a.isObject()) return text(a.get("name"));
        if (a.isArray()) {
            var names = new ArrayList<String>();
            for (JsonNode x : a) {
                String n = authorNames(x);
                if (n != null && !names.contains(n)) names.add(n);
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null) return null;
        if (n.isArray() && !n.isEmpty()) return text(n.get(0));
        return n.isValueNode() ? blankToNull(n.asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(String current, String candidate) {
        return current != null ? current : blankToNull(candidate);
    }

    public String htmlTitle() {
        return htmlTitle;
    }

    /** JSON-LD {@code headline} (or {@code name}), or null. */
    public String jsonLdHeadline() {
        return ldHeadline;
    }

    /** OpenGraph (or Twitter card) title, or null. */
    public String ogTitle() {
        return ogTitle;
    }

    /** JSON-LD {@code articleBody}, or null. */
    public String jsonLdBody() {
        return ldBody;
    }

    /** The longest JSON-LD {@code description} of a product, or null. */
    public String jsonLdProductDescription() {
        return ldProductDescription;
    }

    /** The publication date in ISO-8601, from the strongest source that parses; null if none. */
    public String date() {
        for (String d : new String[] {ldDate, metaDate, microDate, timeDate}) {
            String iso = Dates.iso(d).orElse(null);
            if (iso != null) return iso;
        }
        return null;
    }

    public String author() {
        if (ldAuthor != null) return ldAuthor;
        if (metaAuthor != null) return metaAuthor;
        return microAuthor;
    }

    public String canonicalUrl() {
        return canonical != null ? canonical : ogUrl;
    }

    public String lang() {
        return lang;
    }
}
