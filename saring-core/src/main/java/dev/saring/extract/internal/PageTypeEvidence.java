package dev.saring.extract.internal;

import dev.saring.extract.PageType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page shows of its kind, gathered as votes with their reasons: schema.org types (JSON-LD, microdata),
 * OpenGraph's {@code og:type}, the generator, the URL's path, and repeated item blocks (counted by the
 * selector). {@link #decide()} picks the type with the most weight; without evidence a page is an article.
 * Not thread-safe: one per page.
 */
public final class PageTypeEvidence {

    /** A page's type and the evidence for it, in the order seen. */
    public record Guess(PageType type, List<String> evidence) {
    }

    static final int STRONG = 3;
    static final int MEDIUM = 2;
    static final int WEAK = 1;
    /** Most reasons kept per type (a page can repeat a type in every item). */
    private static final int MAX_EVIDENCE = 16;

    private final Map<PageType, Integer> weight = new EnumMap<>(PageType.class);
    private final Map<PageType, List<String>> reasons = new EnumMap<>(PageType.class);

    /** A schema.org type named in JSON-LD or microdata ({@code source}); the last path segment of a URL is enough. */
    public void schemaType(String type, String source) {
        if (type == null || type.isBlank()) return;
        String t = type.strip();
        int slash = t.lastIndexOf('/');
        if (slash >= 0) t = t.substring(slash + 1);
        String key = t.toLowerCase(Locale.ROOT);
        switch (key) {
            case "discussionforumposting", "qapage", "question" -> vote(PageType.FORUM, STRONG, source, t);
            case "product", "productgroup", "productmodel", "individualproduct", "vehicle", "car" ->
                    vote(PageType.PRODUCT, STRONG, source, t);
            case "collectionpage", "searchresultspage", "offercatalog", "productcollection" ->
                    vote(PageType.LISTING, STRONG, source, t);
            case "itemlist" -> vote(PageType.LISTING, WEAK, source, t);
            case "techarticle", "apireference" -> vote(PageType.DOCUMENTATION, MEDIUM, source, t);
            case "service", "professionalservice", "financialservice", "legalservice", "localbusiness",
                 "homeandconstructionbusiness", "medicalbusiness", "medicalclinic", "softwareapplication",
                 "webapplication", "aboutpage", "contactpage" -> vote(PageType.SERVICE, WEAK, source, t);
            default -> {
                if (PageMetadata.isArticleType(key)) vote(PageType.ARTICLE, STRONG, source, t);
            }
        }
    }

    /** OpenGraph's {@code og:type}. */
    public void ogType(String type) {
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "product", "product.item", "og:product" -> vote(PageType.PRODUCT, STRONG, "og:type", type.strip());
            case "article" -> vote(PageType.ARTICLE, WEAK, "og:type", type.strip());
            default -> { }
        }
    }

    /** A {@code <meta name="generator">}: forum software and documentation generators say what they made. */
    public void generator(String generator) {
        String g = generator.toLowerCase(Locale.ROOT);
        for (String forum : new String[] {"discourse", "vbulletin", "phpbb", "xenforo", "invision", "mybb", "flarum",
                "nodebb", "vanilla", "simple machines", "smf", "discuz"}) {
            if (g.contains(forum)) {
                vote(PageType.FORUM, STRONG, "generator", forum);
                return;
            }
        }
        for (String docs : new String[] {"docusaurus", "mkdocs", "sphinx", "gitbook", "vuepress", "vitepress",
                "docsify", "antora", "mintlify", "readthedocs", "nextra", "starlight"}) {
            if (g.contains(docs)) {
                vote(PageType.DOCUMENTATION, STRONG, "generator", docs);
                return;
            }
        }
    }

    /** The page's address: forum threads, product pages, documentation and listings have typical paths. */
    public void url(String url) {
        if (url == null || url.isEmpty()) return;
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        int pathStart = scheme < 0 ? 0 : u.indexOf('/', scheme + 3);
        String host = scheme < 0 ? "" : u.substring(scheme + 3, pathStart < 0 ? u.length() : pathStart);
        String path = pathStart < 0 ? "/" : u.substring(pathStart);
        if (host.startsWith("forum.") || host.startsWith("forums.") || host.startsWith("community.")
                || host.startsWith("discuss.") || host.startsWith("discourse.") || host.startsWith("answers.")
                || host.startsWith("boards.")) {
            vote(PageType.FORUM, MEDIUM, "url", host.substring(0, host.indexOf('.') + 1));
        }
        if (host.startsWith("docs.") || host.startsWith("doc.") || host.startsWith("developer.")
                || host.startsWith("developers.") || host.endsWith(".readthedocs.io")) {
            vote(PageType.DOCUMENTATION, MEDIUM, "url", host.startsWith("doc") ? host.substring(0, host.indexOf('.') + 1) : "developer host");
        }
        for (String seg : new String[] {"/t/", "/thread/", "/threads/", "/topic/", "/topics/", "/forum/", "/forums/",
                "/viewtopic.php", "/showthread.php", "/questions/", "/discussion/", "/discussions/", "/d/", "/comments/"}) {
            if (path.contains(seg)) {
                vote(PageType.FORUM, MEDIUM, "url", seg);
                break;
            }
        }
        for (String seg : new String[] {"/product/", "/products/", "/p/", "/dp/", "/item/", "/shop/", "/store/"}) {
            if (path.contains(seg)) {
                vote(PageType.PRODUCT, MEDIUM, "url", seg);
                break;
            }
        }
        for (String seg : new String[] {"/docs/", "/doc/", "/documentation/", "/api/", "/reference/", "/manual/",
                "/guide/", "/guides/", "/tutorial/", "/wiki/"}) {
            if (path.contains(seg)) {
                vote(PageType.DOCUMENTATION, MEDIUM, "url", seg);
                break;
            }
        }
        for (String seg : new String[] {"/category/", "/categories/", "/tag/", "/tags/", "/collections/", "/search",
                "/browse/", "/archive/", "/topics/"}) {
            if (path.contains(seg)) {
                vote(PageType.LISTING, MEDIUM, "url", seg);
                break;
            }
        }
        for (String seg : new String[] {"/services/", "/service/", "/solutions/", "/pricing", "/features/"}) {
            if (path.contains(seg)) {
                vote(PageType.SERVICE, MEDIUM, "url", seg);
                break;
            }
        }
    }

    /** Structure the selector measured: {@code count} repeated blocks of one kind that suggest {@code type}. */
    public void structure(PageType type, int weightOfIt, String what, int count) {
        vote(type, weightOfIt, "structure", what + "=" + count);
    }

    private void vote(PageType type, int w, String source, String what) {
        List<String> r = reasons.computeIfAbsent(type, k -> new ArrayList<>());
        String reason = source + ":" + what;
        if (r.contains(reason) || r.size() >= MAX_EVIDENCE) return;
        r.add(reason);
        weight.merge(type, w, Integer::sum);
    }

    /** How much evidence there is for {@code type}. */
    public int weight(PageType type) {
        return weight.getOrDefault(type, 0);
    }

    /** The type with the most weight (an article on a tie or without evidence), and its evidence. */
    public Guess decide() {
        PageType best = PageType.ARTICLE;
        int bestWeight = weight(PageType.ARTICLE);
        for (PageType t : PageType.values()) {
            if (weight(t) > bestWeight) {
                best = t;
                bestWeight = weight(t);
            }
        }
        return new Guess(best, List.copyOf(reasons.getOrDefault(best, List.of())));
    }
}
