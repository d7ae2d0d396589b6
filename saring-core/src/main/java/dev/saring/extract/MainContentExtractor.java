package dev.saring.extract;

import dev.saring.extract.internal.ContentSelector;
import dev.saring.extract.internal.FragmentText;
import dev.saring.extract.internal.PageMetadata;
import dev.saring.extract.internal.PageWalk;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Meta;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Role;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code extract} step: turns a raw HTML document into its main content. The page is decoded
 * ({@link HtmlDecoder}), parsed with jsoup and walked once; the walk measures every text block (length,
 * link text, words, sentence punctuation) and every container (tag, class/id hints such as
 * {@code article-body} or {@code related}); the best-scoring container and its prose siblings become the
 * content, and each of their blocks is kept or dropped with a reason (comments, related links, share bars,
 * ads, bylines, captions, the headline). Dropped blocks stay in {@link Document#blocks()} so that the
 * rejects stream can explain them.
 *
 * <p>The page's {@link PageType} (from schema.org types in JSON-LD and microdata, {@code og:type}, the
 * generator, the URL's shape, a run of like items) decides what content is: every post of a thread with its
 * author, the items of a listing with their linked titles, a product's description also from JSON-LD and from
 * tabs hidden by CSS; it is recorded as meta {@code page_type}, with {@code page_type_evidence} (a list such as
 * {@code ["json-ld:DiscussionForumPosting", "url:/t/"]}).
 *
 * <p>The result has {@code text} (kept blocks, one per line), {@code title}, and meta {@code date}
 * (ISO-8601), {@code author}, {@code lang_hint} ({@code <html lang>}) and {@code canonical_url}, from JSON-LD,
 * OpenGraph, microdata and {@code <time>}. Documents that are not raw pass through. Work per page is
 * bounded: more than {@link #maxBytes()} bytes is dropped as {@code too-large}, a walk past
 * {@link #maxNodes()} nodes as {@code too-large}, past {@link #maxDepth()} levels as {@code too-deep}, past
 * {@link #timeBudgetMillis()} as {@code timeout}; a page with no content as {@code empty}; bytes that are not
 * text in any charset (an image or archive served or named as HTML: control characters in its first
 * {@value #BINARY_PROBE_CHARS} characters once decoded) as {@code binary}.
 *
 * <p>Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step extract = MainContentExtractor.defaults();
 * Outcome o = extract.apply(Document.ofRaw("p1", source, new RawContent(html, "text/html", null)));
 * o.document().text();    // the article, one paragraph per line
 * o.document().title();   // Optional[headline]
 * o.document().meta().string(MainContentExtractor.PAGE_TYPE_META);   // Optional[article]
 * }</pre>
 */
public final class MainContentExtractor implements Step {

    public static final String NAME = "extract";
    /** Meta key of the page's {@link PageType} label ({@code "forum"}). */
    public static final String PAGE_TYPE_META = "page_type";
    /** Meta key of what the page type was recognised from: a list of strings ({@code "json-ld:Product"}, {@code "url:/t/"}). */
    public static final String PAGE_TYPE_EVIDENCE_META = "page_type_evidence";
    /** Default size cap: pages larger than this are not parsed. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
    /** Default node budget of the walk. */
    public static final int DEFAULT_MAX_NODES = 1_000_000;
    /** Default depth cap, also given to the parser (which nests no deeper). */
    public static final int DEFAULT_MAX_DEPTH = 512;
    /**
     * Default time budget per page, parse included. Generous on purpose: the byte, node and depth caps
     * bound the work deterministically; the clock is the last resort against the unforeseen, and a tight one
     * would make output depend on machine load.
     */
    public static final int DEFAULT_TIME_BUDGET_MILLIS = 20_000;

    private static final int MAX_BYTES_LIMIT = 1 << 30;
    /** Characters of a JSON-LD description looked for in the extracted text. */
    private static final int PROBE_CHARS = 80;
    /** How many leading characters of a decoded page are looked at to tell binary data from text. */
    static final int BINARY_PROBE_CHARS = 8192;
    /**
     * Share of control characters (not tab, line feed, form feed, carriage return) above which decoded bytes
     * are binary: random bytes give about 11%, text in its right charset none.
     */
    private static final double BINARY_CONTROL_SHARE = 0.02;
    private static final int MAX_DEPTH_LIMIT = 10_000;
    private static final int MAX_TIME_BUDGET_MILLIS = 600_000;

    private final int maxBytes;
    private final int maxNodes;
    private final int maxDepth;
    private final int timeBudgetMillis;

    private MainContentExtractor(int maxBytes, int maxNodes, int maxDepth, int timeBudgetMillis) {
        this.maxBytes = maxBytes;
        this.maxNodes = maxNodes;
        this.maxDepth = maxDepth;
        this.timeBudgetMillis = timeBudgetMillis;
    }

    /** The extractor with default bounds. */
    public static MainContentExtractor defaults() {
        return new MainContentExtractor(DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES, DEFAULT_MAX_DEPTH, DEFAULT_TIME_BUDGET_MILLIS);
    }

    /**
     * The extractor configured from a config section: {@code max_bytes}, {@code max_nodes},
     * {@code max_depth}, {@code time_budget_ms}.
     */
    public static MainContentExtractor fromParams(Params p) {
        var x = new MainContentExtractor(
                p.intIn("max_bytes", DEFAULT_MAX_BYTES, 1, MAX_BYTES_LIMIT),
                p.intIn("max_nodes", DEFAULT_MAX_NODES, 1, Integer.MAX_VALUE),
                p.intIn("max_depth", DEFAULT_MAX_DEPTH, 1, MAX_DEPTH_LIMIT),
                p.intIn("time_budget_ms", DEFAULT_TIME_BUDGET_MILLIS, 1, MAX_TIME_BUDGET_MILLIS));
        p.finish();
        return x;
    }

    public MainContentExtractor withMaxBytes(int bytes) {
        if (bytes < 1) throw new IllegalArgumentException("max_bytes must be >= 1, was " + bytes);
        return new MainContentExtractor(bytes, maxNodes, maxDepth, timeBudgetMillis);
    }

    public MainContentExtractor withMaxNodes(int nodes) {
        if (nodes < 1) throw new IllegalArgumentException("max_nodes must be >= 1, was " + nodes);
        return new MainContentExtractor(maxBytes, nodes, maxDepth, timeBudgetMillis);
    }

    public MainContentExtractor withMaxDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH_LIMIT) {
            throw new IllegalArgumentException("max_depth must be in [1, " + MAX_DEPTH_LIMIT + "], was " + depth);
        }
        return new MainContentExtractor(maxBytes, maxNodes, depth, timeBudgetMillis);
    }

    public MainContentExtractor withTimeBudgetMillis(int millis) {
        if (millis < 1) throw new IllegalArgumentException("time_budget_ms must be >= 1, was " + millis);
        return new MainContentExtractor(maxBytes, maxNodes, maxDepth, millis);
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxNodes() {
        return maxNodes;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int timeBudgetMillis() {
        return timeBudgetMillis;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        if (!doc.isRaw()) return Outcome.keep(doc);
        RawContent raw = doc.raw().orElseThrow();
        if (raw.bytes().length > maxBytes) return Outcome.drop(doc, NAME, "too-large");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeBudgetMillis);
        String html = HtmlDecoder.decode(raw);
        if (looksBinary(html)) return Outcome.drop(doc, NAME, "binary");
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        org.jsoup.nodes.Document dom = parser.parseInput(html, doc.url().orElse(""));
        if (System.nanoTime() > deadline) return Outcome.drop(doc, NAME, "timeout");
        Element root = dom.root().firstElementChild() != null ? dom.root().firstElementChild() : dom.root();
        // The parser caps nesting at maxDepth; a page that reaches the cap was deeper than that.
        var walk = new PageWalk(maxNodes, maxDepth - 1, deadline);
        walk.run(root);
        switch (walk.stopReason()) {
            case TOO_MANY_NODES -> {
                return Outcome.drop(doc, NAME, "too-large");
            }
            case TOO_DEEP -> {
                return Outcome.drop(doc, NAME, "too-deep");
            }
            case TIMEOUT -> {
                return Outcome.drop(doc, NAME, "timeout");
            }
            default -> { }
        }
        ContentSelector.Selection sel = ContentSelector.select(walk, doc.url().orElse(""));
        List<Block> blocks = sel.blocks();
        PageMetadata m = walk.metadata();
        String text = Document.keptText(blocks);
        if (text.isBlank() && m.jsonLdBody() != null) {
            blocks = paragraphs(m.jsonLdBody());
            text = Document.keptText(blocks);
        }
        String description = m.jsonLdProductDescription();
        if (sel.pageType().type() == PageType.PRODUCT && description != null && !containsMostOf(text, description)) {
            // a product's description is often only in its JSON-LD, or in a tab the page hides until clicked
            blocks = new ArrayList<>(blocks);
            blocks.addAll(paragraphs(FragmentText.of(description)));
            text = Document.keptText(blocks);
        }
        Document out = doc.withExtracted(text, blocks).withTitle(sel.title());
        Meta meta = out.meta();
        meta = with(meta, "date", m.date());
        meta = with(meta, "author", m.author());
        meta = with(meta, "lang_hint", m.lang());
        meta = with(meta, "canonical_url", m.canonicalUrl());
        meta = meta.with(PAGE_TYPE_META, sel.pageType().type().label());
        meta = meta.with(PAGE_TYPE_EVIDENCE_META, sel.pageType().evidence());
        out = out.withMeta(meta);
        if (text.isBlank()) return Outcome.drop(out, NAME, "empty");
        return Outcome.keep(out);
    }

    /** Whether decoded bytes hold so many control characters that they are no text (an image, an archive). */
    static boolean looksBinary(String decoded) {
        int n = Math.min(decoded.length(), BINARY_PROBE_CHARS);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') controls++;
        }
        return controls > n * BINARY_CONTROL_SHARE;
    }

    private static Meta with(Meta m, String key, String value) {
        return value == null ? m : m.with(key, value);
    }

    /** Whether {@code text} holds most of the words of {@code part} (its first sentence's, for speed). */
    static boolean containsMostOf(String text, String part) {
        String plain = FragmentText.of(part);
        int end = Math.min(plain.length(), PROBE_CHARS);
        String probe = plain.substring(0, end).strip();
        return probe.isEmpty() || squeeze(text).contains(squeeze(probe));
    }

    /** Letters and digits only, lower-cased: texts that differ in spacing and punctuation compare equal. */
    private static String squeeze(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static List<Block> paragraphs(String body) {
        var out = new ArrayList<Block>();
        for (String line : body.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) out.add(Block.kept(Role.BODY, t));
        }
        return out;
    }

    @Override
    public String toString() {
        return "MainContentExtractor[max_bytes=" + maxBytes + ", max_nodes=" + maxNodes + ", max_depth=" + maxDepth
                + ", time_budget_ms=" + timeBudgetMillis + "]";
    }
}
