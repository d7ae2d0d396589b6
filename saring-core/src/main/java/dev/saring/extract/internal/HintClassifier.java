package dev.saring.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link Hint}s from class and id names, {@code role} and {@code itemprop}. Names are split into
 * lower-case words at punctuation and camelCase ({@code relatedPosts}, {@code related-posts},
 * {@code related_posts} all give {@code related posts}); each word and each pair of neighbouring words is
 * looked up in small tables of words the web uses for furniture and for article text. A name that
 * describes a state of a wrapper ({@code has-sidebar}, {@code comments-open}) says nothing.
 *
 * <p>Scanning allocates nothing (the tables are {@link TokenTable}s read through reused buffers). Not
 * thread-safe: one instance per page walk.
 */
public final class HintClassifier {

    /** Longest class name or id read; longer ones are generated blobs, not names. */
    static final int MAX_NAME = 120;

    // Flags of a word beyond its hint bits (which use the low 18 bits).
    private static final int STATE_PREFIX = 1 << 20;
    private static final int STATE_SUFFIX = 1 << 21;
    private static final int CONTENT_WORD = 1 << 22;
    private static final int CONTENT_HEAD = 1 << 23;
    private static final int CONTENT_TAIL = 1 << 24;
    /** An embedded post ({@code social-media-embed}, {@code twitter-tweet}): quoted content, not a share bar. */
    private static final int EMBED = 1 << 25;
    private static final int HINT_BITS = (1 << 18) - 1;

    private static final TokenTable WORDS;
    private static final TokenTable PAIRS;
    private static final TokenTable HIDDEN;
    private static final TokenTable PREFIXES;
    /**
     * Page builders that name every part of a page a widget ({@code elementor-widget-container} around each
     * heading and text of an Elementor page): after their name, "widget" says nothing.
     */
    private static final TokenTable BUILDERS;
    /** Words that start like furniture words but name content ({@code commentary}, {@code shareholders}). */
    private static final TokenTable NOT_FURNITURE;
    /** Shortest furniture word recognised as the start of a longer word. */
    static final int MIN_PREFIX = 5;
    private static final int MAX_PREFIX = 12;

    static {
        var words = new HashMap<String, Integer>();
        var pairs = new HashMap<String, Integer>();
        put(words, Hint.COMMENTS, "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion");
        put(words, Hint.RELATED, "related", "relatedposts", "relatedarticles", "recommended", "recommendations",
                "recommendation", "recirc", "recirculation", "outbrain", "taboola", "zergnet", "trending",
                "popular", "mostpopular", "mostread", "readnext", "upnext", "morestories", "teasers", "similar",
                "yarpp");
        put(pairs, Hint.RELATED, "more stories", "more news", "more articles", "more from", "more on", "read more",
                "read next", "read also", "also read", "you may", "you might", "most read", "most popular",
                "most viewed", "most shared", "most emailed", "see also", "up next", "dont miss", "next article",
                "other stories", "latest news", "latest posts", "recent posts", "top stories");
        put(words, Hint.SHARE, "share", "sharing", "shares", "sharebar", "sharethis", "addthis", "addtoany", "social",
                "socials", "sociallinks", "socialmedia", "sharetools", "sharebuttons", "shareaholic", "sharedaddy");
        put(pairs, Hint.SHARE, "follow us", "social icons");
        put(words, Hint.AD, "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
                "adsense", "adslot", "adunit", "adsbygoogle", "dfp", "sponsor", "sponsored", "sponsors",
                "sponsorship", "doubleclick", "googleads", "adwrap", "adwrapper", "adcontainer", "adblock",
                "teads", "commercial");
        put(words, Hint.NAVIGATION, "nav", "navbar", "navigation", "navigations", "menu", "menus", "submenu",
                "megamenu", "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "skip", "skiplink",
                "toc", "topbar", "subnav");
        put(words, Hint.FOOTER, "footer", "colophon", "copyright", "sitefooter", "pagefooter");
        put(words, Hint.SIDEBAR, "sidebar", "sidebars", "aside", "rail", "widgetarea", "sidecol", "rightrail", "sidebox");
        put(words, Hint.WIDGET, "widget", "widgets", "rightcol", "leftcol");
        put(words, Hint.PROMO, "newsletter", "subscribe", "subscription", "subscriptions", "signup", "promo", "promos",
                "promotion", "promotional", "cta", "optin", "paywall", "regwall", "popup", "modal", "overlay", "login",
                "signin", "donate", "donation");
        put(words, Hint.CONSENT, "cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "cybotcookiebot",
                "usercentrics", "cookielaw", "cookieconsent", "cmpbox", "didomi", "truste", "privacymanager");
        put(words, Hint.BYLINE, "byline", "bylines", "author", "authors", "writer", "contributor", "contributors",
                "meta", "timestamp", "published", "pubdate", "date", "dateline", "posted", "postedon", "postmeta",
                "entrymeta", "articlemeta", "authorbio", "bio");
        put(words, Hint.CAPTION, "caption", "captions", "figcaption", "credit", "credits", "photocredit",
                "imagecredit");
        put(words, Hint.TAGS, "tags", "tagcloud", "taglist", "tagged", "keywords");
        put(words, Hint.HEADER, "header", "masthead", "siteheader", "pageheader");
        put(words, STATE_PREFIX, "has", "with", "no", "without", "show", "enable", "enabled", "allow", "can", "toggle",
                "open", "js");
        put(words, EMBED, "embed", "embedded", "embeds", "tweet", "instagram", "tiktok");
        put(words, STATE_SUFFIX, "open", "closed", "enabled", "disabled", "allowed", "on", "off");
        put(words, CONTENT_WORD, "articlebody", "articletext", "articlecontent", "postbody", "postcontent",
                "posttext", "entrycontent", "entrybody", "entrytext", "storybody", "storytext", "storycontent",
                "hentry", "richtext", "bodytext", "maintext", "maincontent", "article", "story", "entry", "post",
                "content", "prose", "blogpost", "newsarticle");
        put(words, CONTENT_HEAD, "article", "post", "entry", "story", "blog", "main", "news", "page", "single", "td",
                "field", "rich", "body", "text");
        put(words, CONTENT_TAIL, "body", "content", "text", "copy", "entry", "article", "story", "inner", "main");
        WORDS = new TokenTable(words);
        PAIRS = new TokenTable(pairs);
        var hidden = new HashMap<String, Integer>();
        put(hidden, Hint.HIDDEN, "hidden", "is-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
                "screen-reader-text", "screen-reader-only", "screenreader-only", "offscreen", "element-invisible",
                "u-hidden", "hide", "hidden-visually", "a11y-hidden", "sr-only-focusable", "assistive-text",
                "screen-reader");
        // shown only on paper: a print copy of the article beside it, or print-only headers
        put(hidden, Hint.PRINT_ONLY, "print-only", "printonly", "visible-print", "visible-print-block", "show-for-print",
                "print-layer", "printlayer", "print-version", "printversion");
        HIDDEN = new TokenTable(hidden);
        var prefixes = new HashMap<String, Integer>();
        put(prefixes, Hint.RELATED, "related", "recommend", "popular", "trending", "outbrain", "taboola");
        put(prefixes, Hint.COMMENTS, "comment", "disqus");
        put(prefixes, Hint.SHARE, "share", "social", "sharing");
        put(prefixes, Hint.SIDEBAR, "sidebar");
        put(prefixes, Hint.WIDGET, "widget");
        put(prefixes, Hint.PROMO, "newsletter", "subscribe", "promo");
        put(prefixes, Hint.CONSENT, "cookie", "consent", "onetrust");
        put(prefixes, Hint.AD, "advert", "sponsor");
        put(prefixes, Hint.NAVIGATION, "breadcrumb", "navbar", "navigation");
        put(prefixes, Hint.FOOTER, "footer", "copyright");
        put(prefixes, Hint.BYLINE, "byline");
        put(prefixes, Hint.CAPTION, "caption");
        PREFIXES = new TokenTable(prefixes);
        var builders = new HashMap<String, Integer>();
        put(builders, 1, "elementor");
        BUILDERS = new TokenTable(builders);
        var notFurniture = new HashMap<String, Integer>();
        put(notFurniture, 1, "commentary", "commentaries", "commentator", "commentators", "shareholder",
                "shareholders", "socialism", "socialist", "sharepoint", "popularity", "footerless",
                // Drupal's node--promoted: promoted to the front page, a state of the article
                "promoted");
        NOT_FURNITURE = new TokenTable(notFurniture);
    }

    private static void put(Map<String, Integer> table, int bits, String... keys) {
        for (String k : keys) table.merge(k, bits, (a, b) -> a | b);
    }

    private final char[] name = new char[MAX_NAME];
    private final char[] token = new char[MAX_NAME];
    private final char[] pair = new char[2 * MAX_NAME + 1];
    private int previousLength;

    /** The hints of an element from its attributes; each argument may be empty. */
    public int classify(String classAttr, String id, String role, String itemprop) {
        int bits = 0;
        if (!classAttr.isEmpty()) bits |= classifyNames(classAttr);
        if (!id.isEmpty()) bits |= classifyName(id, 0, id.length());
        if (!role.isEmpty()) bits |= classifyRole(role);
        if (!itemprop.isEmpty()) bits |= classifyItemprop(itemprop);
        return bits;
    }

    /** The hints of every whitespace-separated name of a class attribute. */
    private int classifyNames(String classAttr) {
        int bits = 0;
        int n = classAttr.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || classAttr.charAt(i) <= ' ';
            if (space) {
                if (start >= 0) bits |= classifyName(classAttr, start, i);
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return bits;
    }

    /** The hints of one class name or id, {@code s[from..to)}. */
    int classifyName(String s, int from, int to) {
        int len = to - from;
        if (len > MAX_NAME || len == 0) return 0;
        for (int i = 0; i < len; i++) name[i] = Character.toLowerCase(s.charAt(from + i));
        int hidden = HIDDEN.get(name, len);
        if (hidden != 0) return hidden;
        int bits = 0;
        int tokens = 0;
        int firstFlags = 0;
        int lastFlags = 0;
        int previousFlags = 0;
        int allFlags = 0;
        boolean contentPair = false;
        boolean builder = false;
        int tlen = 0;
        char prev = 0;
        previousLength = 0;
        for (int i = 0; i <= len; i++) {
            char raw = i < len ? s.charAt(from + i) : ' ';
            boolean alnum = Character.isLetterOrDigit(raw);
            boolean camel = alnum && Character.isUpperCase(raw) && Character.isLowerCase(prev);
            if ((!alnum || camel) && tlen > 0) {
                int w = WORDS.get(token, tlen);
                if (tokens == 0 && BUILDERS.get(token, tlen) != 0) builder = true;
                if ((w & HINT_BITS) == 0 && tlen > MIN_PREFIX && NOT_FURNITURE.get(token, tlen) == 0) w |= prefixBits(tlen);
                if (builder) w &= ~Hint.WIDGET;
                bits |= w & HINT_BITS;
                if (tokens == 0) firstFlags = w;
                if (tokens > 0) {
                    bits |= pairBits(tlen) & HINT_BITS;
                    if ((previousFlags & CONTENT_HEAD) != 0 && (w & CONTENT_TAIL) != 0) contentPair = true;
                }
                System.arraycopy(token, 0, pair, 0, tlen);
                previousLength = tlen;
                previousFlags = w;
                allFlags |= w;
                lastFlags = w;
                tokens++;
                tlen = 0;
            }
            if (alnum) token[tlen++] = Character.toLowerCase(raw);
            prev = raw;
        }
        if (tokens == 0) return 0;
        if ((firstFlags & STATE_PREFIX) != 0 || (lastFlags & STATE_SUFFIX) != 0) return 0;
        bits &= ~Hint.HIDDEN;
        if ((allFlags & EMBED) != 0) bits &= ~Hint.SHARE;
        if ((bits & Hint.FURNITURE) == 0 && (contentPair || tokens == 1 && (firstFlags & CONTENT_WORD) != 0)) {
            bits |= Hint.CONTENT;
        }
        return bits;
    }

    /**
     * Furniture words glued to others without a separator ({@code relatedpoststitle}, {@code commentform},
     * {@code sidebarleft}): the bits of the longest known prefix of at least {@value #MIN_PREFIX} letters.
     */
    private int prefixBits(int tlen) {
        for (int len = Math.min(tlen - 1, MAX_PREFIX); len >= MIN_PREFIX; len--) {
            int w = PREFIXES.get(token, len);
            if (w != 0) return w;
        }
        return 0;
    }

    /** The value of "previous token, space, this token": the previous token sits at the start of {@code pair}. */
    private int pairBits(int tlen) {
        int p = previousLength;
        pair[p] = ' ';
        System.arraycopy(token, 0, pair, p + 1, tlen);
        return PAIRS.get(pair, p + 1 + tlen);
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
        int n = itemprop.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || itemprop.charAt(i) <= ' ';
            if (space) {
                if (start >= 0) bits |= itempropBits(itemprop.substring(start, i));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return bits;
    }

    private static int itempropBits(String p) {
        return switch (p) {
            case "articleBody", "reviewBody" -> Hint.ARTICLE_BODY;
            case "text" -> Hint.CONTENT;
            case "author", "creator", "datePublished", "dateModified", "dateCreated" -> Hint.BYLINE;
            case "comment", "comments" -> Hint.COMMENTS;
            case "caption" -> Hint.CAPTION;
            default -> 0;
        };
    }
}
