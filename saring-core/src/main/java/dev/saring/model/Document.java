package dev.saring.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page or text as it moves through a pipeline. Immutable and safe to share across threads: every
 * {@code withX} returns a copy.
 *
 * <p>A document read from HTML starts {@linkplain #raw() raw} (bytes, no text); extraction turns it into
 * text and {@linkplain #blocks() blocks}. A document read from text starts with text and no blocks; the
 * cleaner splits it into line blocks. When a document has blocks, {@link #text()} is the text of the kept
 * blocks joined with line breaks (computed by whoever sets the blocks, see {@link #withBlocks(List)}).
 *
 * <pre>{@code
 * Document d = Document.ofText("doc-1", Source.atOffset("a.txt", 0, 0, 0), "Halo dunia.")
 *         .withUrl("https://example.id/berita/1");
 * d.text();   // "Halo dunia."
 * }</pre>
 */
public final class Document {

    private final String id;
    private final Source source;
    private final String url;
    private final RawContent raw;
    private final String text;
    private final String title;
    private final LanguageGuess lang;
    private final List<Block> blocks;
    private final Meta meta;

    private Document(String id, Source source, String url, RawContent raw, String text, String title,
                     LanguageGuess lang, List<Block> blocks, Meta meta) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.url = url;
        this.raw = raw;
        this.text = Objects.requireNonNull(text, "text");
        this.title = title;
        this.lang = lang;
        this.blocks = List.copyOf(blocks);
        this.meta = Objects.requireNonNull(meta, "meta");
    }

    /** A document that starts as text (WET, JSONL, plain text). */
    public static Document ofText(String id, Source source, String text) {
        return new Document(id, source, null, null, text, null, null, List.of(), Meta.EMPTY);
    }

    /** A document that starts as undecoded HTML bytes (WARC response, HTML file). */
    public static Document ofRaw(String id, Source source, RawContent raw) {
        return new Document(id, source, null, Objects.requireNonNull(raw, "raw"), "", null, null, List.of(), Meta.EMPTY);
    }

    public String id() {
        return id;
    }

    public Source source() {
        return source;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The undecoded page, present until extraction has turned it into text. */
    public Optional<RawContent> raw() {
        return Optional.ofNullable(raw);
    }

    public boolean isRaw() {
        return raw != null;
    }

    /** The text; empty while the document is {@linkplain #isRaw() raw}. */
    public String text() {
        return text;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<LanguageGuess> lang() {
        return Optional.ofNullable(lang);
    }

    /** Blocks or lines with roles and decisions, kept and dropped; empty before extraction or cleaning. */
    public List<Block> blocks() {
        return blocks;
    }

    public Meta meta() {
        return meta;
    }

    public Document withUrl(String newUrl) {
        return new Document(id, source, newUrl, raw, text, title, lang, blocks, meta);
    }

    public Document withText(String newText) {
        return new Document(id, source, url, raw, newText, title, lang, blocks, meta);
    }

    /** The extracted form of a raw document: its raw bytes are let go. */
    public Document withExtracted(String newText, List<Block> newBlocks) {
        return new Document(id, source, url, null, newText, title, lang, newBlocks, meta);
    }

    /**
     * These blocks, and as text the kept ones joined with {@code '\n'}: the one place that defines how a
     * document's text follows from its blocks.
     */
    public Document withBlocks(List<Block> newBlocks) {
        return new Document(id, source, url, raw, keptText(newBlocks), title, lang, newBlocks, meta);
    }

    public Document withTitle(String newTitle) {
        return new Document(id, source, url, raw, text, newTitle, lang, blocks, meta);
    }

    public Document withLang(LanguageGuess newLang) {
        return new Document(id, source, url, raw, text, title, newLang, blocks, meta);
    }

    public Document withMeta(Meta newMeta) {
        return new Document(id, source, url, raw, text, title, lang, blocks, newMeta);
    }

    public Document withMeta(String key, Object value) {
        return withMeta(meta.with(key, value));
    }

    /**
     * This document with its line texts rewritten: each block's (only the kept ones' when
     * {@code keptBlocksOnly}), or the text itself when it has no blocks (given as {@link Role#BODY}); the text
     * follows the blocks as {@link #withBlocks(List)} says. {@code rewrite} returns the same instance for a
     * text it leaves alone, and then this same document comes back.
     *
     * <pre>{@code
     * Document upper = doc.withTextRewritten(true, (role, t) -> t.toUpperCase(Locale.ROOT));
     * }</pre>
     */
    public Document withTextRewritten(boolean keptBlocksOnly, java.util.function.BiFunction<Role, String, String> rewrite) {
        if (blocks.isEmpty() || !isKeptText(text, blocks)) {
            String t = rewrite.apply(Role.BODY, text);
            return t == text ? this : withText(t);
        }
        List<Block> rewritten = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (keptBlocksOnly && !b.isKept()) continue;
            String t = rewrite.apply(b.role(), b.text());
            if (t == b.text()) continue;
            if (rewritten == null) rewritten = new java.util.ArrayList<>(blocks);
            rewritten.set(i, new Block(b.role(), t, b.decision()));
        }
        return rewritten == null ? this : withBlocks(rewritten);
    }

    /**
     * These blocks with a text read back together with them, which is their {@link #keptText(List)} or a
     * text a step set after them: taken as it is, without joining the blocks again. For readers of saved
     * documents.
     */
    public Document withBlocksAndText(List<Block> newBlocks, String newText) {
        return new Document(id, source, url, raw, newText, title, lang, newBlocks, meta);
    }

    /** Whether {@code text} is {@link #keptText(List)} of these blocks, compared in place without joining them. */
    static boolean isKeptText(String text, List<Block> blocks) {
        int at = 0;
        boolean first = true;
        for (Block b : blocks) {
            if (!b.isKept()) continue;
            if (!first) {
                if (at >= text.length() || text.charAt(at) != '\n') return false;
                at++;
            }
            first = false;
            String t = b.text();
            if (!text.regionMatches(at, t, 0, t.length())) return false;
            at += t.length();
        }
        return at == text.length();
    }

    /** The text of the kept blocks, one per line. */
    public static String keptText(List<Block> blocks) {
        int length = 0;
        for (Block b : blocks) {
            if (b.isKept()) length += b.text().length() + 1;
        }
        var sb = new StringBuilder(length);
        for (Block b : blocks) {
            if (!b.isKept()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(b.text());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Document d)) return false;
        return id.equals(d.id) && source.equals(d.source) && Objects.equals(url, d.url)
                && Objects.equals(raw, d.raw) && text.equals(d.text) && Objects.equals(title, d.title)
                && Objects.equals(lang, d.lang) && blocks.equals(d.blocks) && meta.equals(d.meta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, text);
    }

    @Override
    public String toString() {
        String what = raw != null ? raw.toString() : text.length() + " chars";
        return "Document[" + id + " from " + source + ", " + what + "]";
    }
}
