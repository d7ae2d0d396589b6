package dev.saring.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link Hint}s from class and id names, {@code role} and {@code itemprop}. Names are split into
 * lower-case words at punctuation and camelCase ({@code relatedPosts}, {@code related-posts},
 * {@code related_posts} all give {@code related posts}); each word or pair of words is looked up in
 * small tables of words the web uses for furniture and for article text. A name that describes a state of
 * a wrapper ({@code has-sidebar}, {@code comments-open}) says nothing.
 *
 * <p>Not thread-safe: one instance per page walk, which caches the classification of each distinct class
 * attribute value (pages repeat them a lot).
 */
public final class HintClassifier {

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Map<String, Integer> PAIRS = new HashMap<>();
    /** First words that make a class name describe a wrapper's state rather than its content. */
    private static final Set<String> STATE_PREFIXES = Set.of("has", "with", "no", "without", "show", "enable",
            "enabled", "allow", "can", "toggle", "open", "js");
    /** Last words that do the same ({@code comments-open}). */
    private static final Set<String> STATE_SUFFIXES = Set.of("open", "closed", "enabled", "disabled", "allowed");
    private static final Set<String> HIDDEN_NAMES = Set.of("hidden", "is-hidden", "d-none", "sr-only",
            "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "screenreader-only",
            "offscreen", "element-invisible", "u-hidden", "hide", "hidden-visually", "a11y-hidden",
            "sr-only-focusable", "assistive-text", "screen-reader");
    /** Words that alone name a content container. */
    private static final Set<String> CONTENT_WORDS = Set.of("articlebody", "articletext", "articlecontent",
            "postbody", "postcontent", "posttext", "entrycontent", "entrybody", "entrytext", "storybody",
            "storytext", "storycontent", "hentry", "richtext", "bodytext", "maintext", "maincontent",
            "article", "story", "entry", "post", "content", "prose", "blogpost", "newsarticle");
    /** First words of a two-word content name ({@code article-body}, {@code post-content}). */
    private static final Set<String> CONTENT_HEADS = Set.of("article", "post", "entry", "story", "blog", "main",
            "news", "page", "single", "td", "field", "rich", "body", "text");
    /** Second words of a two-word content name. */
    private static final Set<String> CONTENT_TAILS = Set.of("body", "content", "text", "copy", "entry", "article",
            "story", "inner", "main");

    static {
        words(Hint.COMMENTS, "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion");
        words(Hint.RELATED, "related", "relatedposts", "relatedarticles", "recommended", "recommendations",
                "recommendation", "recirc", "recirculation", "outbrain", "taboola", "zergnet", "trending",
                "popular", "mostpopular", "mostread", "readnext", "upnext", "morestories", "teasers", "similar",
                "jp-relatedposts", "yarpp");
        pairs(Hint.RELATED, "more stories", "more news", "more articles", "more from", "more on", "read more",
                "read next", "read also", "also read", "you may", "you might", "most read", "most popular",
                "most viewed", "most shared", "most emailed", "see also", "up next", "dont miss", "next article",
                "other stories", "latest news", "latest posts", "recent posts", "top stories");
        words(Hint.SHARE, "share", "sharing", "shares", "sharebar", "sharethis", "addthis", "addtoany", "social",
                "socials", "sociallinks", "socialmedia", "sharetools", "sharebuttons", "shareaholic", "sharedaddy");
        pairs(Hint.SHARE, "follow us", "social icons");
        words(Hint.AD, "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
                "adsense", "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored", "sponsors",
                "sponsorship", "doubleclick", "googleads", "adwrap", "adwrapper", "adcontainer", "adblock",
                "teads", "commercial");
        words(Hint.NAVIGATION, "nav", "navbar", "navigation", "navigations", "menu", "menus", "submenu",
                "megamenu", "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "skip", "skiplink",
                "toc", "topbar", "subnav");
        words(Hint.FOOTER, "footer", "colophon", "copyright", "sitefooter", "pagefooter");
        words(Hint.SIDEBAR, "sidebar", "sidebars", "aside", "rail", "widget", "widgets", "widgetarea", "sidecol",
                "rightcol", "leftcol", "rightrail", "sidebox");
        words(Hint.PROMO, "newsletter", "subscribe", "subscription", "subscriptions", "signup", "promo", "promos",
                "promotion", "promotional", "cta", "optin", "paywall", "regwall", "cookie", "cookies", "consent",
                "gdpr", "popup", "modal", "overlay", "login", "signin", "donate", "donation");
        words(Hint.BYLINE, "byline", "bylines", "author", "authors", "writer", "contributor", "contributors",
                "meta", "timestamp", "published", "pubdate", "date", "dateline", "posted", "postedon", "postmeta",
                "entrymeta", "articlemeta", "authorbio", "bio");
        words(Hint.CAPTION, "caption", "captions", "figcaption", "credit", "credits", "photocredit",
                "imagecredit");
        words(Hint.TAGS, "tags", "tagcloud", "taglist", "tagged", "keywords");
        words(Hint.HEADER, "header", "masthead", "siteheader", "pageheader");
    }

    private final Map<String, Integer> classCache = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();

    private static void words(int hint, String... ws) {
        for (String w : ws) WORDS.merge(w, hint, (a, b) -> a | b);
    }

    private static void pairs(int hint, String... ps) {
        for (String p : ps) PAIRS.merge(p, hint, (a, b) -> a | b);
    }

    /** The hints of an element from its attributes; each argument may be empty. */
    public int classify(String classAttr, String id, String role, String itemprop) {
        int bits = 0;
        if (!classAttr.isEmpty()) {
            Integer cached = classCache.get(classAttr);
            if (cached == null) {
                cached = classifyClassAttr(classAttr);
                classCache.put(classAttr, cached);
            }
            bits |= cached;
        }
        if (!id.isEmpty()) bits |= classifyName(id);
        if (!role.isEmpty()) bits |= classifyRole(role);
        if (!itemprop.isEmpty()) bits |= classifyItemprop(itemprop);
        return bits;
    }

    private int classifyClassAttr(String classAttr) {
        int bits = 0;
        int n = classAttr.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(classAttr.charAt(i));
            if (space) {
                if (start >= 0) bits |= classifyName(classAttr.substring(start, i));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return bits;
    }

    /** The hints of one class name or id. */
    int classifyName(String name) {
        if (name.length() > 120) return 0;   // generated blobs, not names
        String lower = name.toLowerCase(Locale.ROOT);
        if (HIDDEN_NAMES.contains(lower)) return Hint.HIDDEN;
        split(name);
        if (tokens.isEmpty()) return 0;
        if (STATE_PREFIXES.contains(tokens.get(0)) || STATE_SUFFIXES.contains(tokens.get(tokens.size() - 1))) return 0;
        int bits = 0;
        String joined = tokens.size() > 1 ? String.join("", tokens) : tokens.get(0);
        Integer whole = WORDS.get(joined);
        if (whole != null) bits |= whole;
        for (int i = 0; i < tokens.size(); i++) {
            Integer w = WORDS.get(tokens.get(i));
            if (w != null) bits |= w;
            if (i + 1 < tokens.size()) {
                Integer p = PAIRS.get(tokens.get(i) + " " + tokens.get(i + 1));
                if (p != null) bits |= p;
            }
        }
        if ((bits & Hint.FURNITURE) == 0 && isContentName(joined)) bits |= Hint.CONTENT;
        return bits;
    }

    private boolean isContentName(String joined) {
        if (CONTENT_WORDS.contains(joined)) return true;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (CONTENT_HEADS.contains(tokens.get(i)) && CONTENT_TAILS.contains(tokens.get(i + 1))) return true;
        }
        return false;
    }

    /** Splits into lower-case words at non-letters/digits and at lower-to-upper case changes. */
    private void split(String name) {
        tokens.clear();
        var sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(sb);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) flush(sb);
                sb.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(sb);
    }

    private void flush(StringBuilder sb) {
        if (sb.length() > 0) {
            tokens.add(sb.toString());
            sb.setLength(0);
        }
    }

    private static int classifyRole(String role) {
        return switch (role.strip().toLowerCase(Locale.ROOT)) {
            case "navigation", "menu", "menubar", "search", "tablist" -> Hint.NAVIGATION;
            case "complementary" -> Hint.SIDEBAR;
            case "contentinfo" -> Hint.FOOTER;
            case "banner" -> Hint.HEADER;
            case "main", "article" -> Hint.CONTENT;
            case "dialog", "alertdialog" -> Hint.PROMO;
            default -> 0;
        };
    }

    private static int classifyItemprop(String itemprop) {
        int bits = 0;
        for (String p : itemprop.strip().split("\\s+")) {
            bits |= switch (p) {
                case "articleBody", "reviewBody" -> Hint.ARTICLE_BODY;
                case "text" -> Hint.CONTENT;
                case "author", "creator", "datePublished", "dateModified", "dateCreated" -> Hint.BYLINE;
                case "comment", "comments" -> Hint.COMMENTS;
                case "caption" -> Hint.CAPTION;
                default -> 0;
            };
        }
        return bits;
    }
}
