package dev.saring.extract;

import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Role;
import dev.saring.pipeline.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A first HTML-to-text step: every block-level element of the page becomes one line, scripts, styles and
 * other non-content elements are left out. It keeps everything else, furniture included; the main-content
 * extractor replaces it.
 *
 * <pre>{@code
 * Outcome o = new HtmlToText().apply(rawDoc);   // text: one line per block
 * }</pre>
 */
public final class HtmlToText implements Step {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head", "iframe", "object");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Outcome apply(Document doc) {
        if (!doc.isRaw()) return Outcome.keep(doc);
        RawContent raw = doc.raw().orElseThrow();
        org.jsoup.nodes.Document html;
        try {
            html = Jsoup.parse(new ByteArrayInputStream(raw.bytes()), supported(raw.charset()), doc.url().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var blocks = new ArrayList<Block>();
        var line = new StringBuilder();
        var role = new Role[]{Role.BODY};
        html.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                    if (e.isBlock() || e.nameIs("br")) flush(blocks, line, role[0]);
                    if (HEADINGS.contains(e.normalName())) role[0] = Role.HEADING;
                    else if (e.nameIs("li")) role[0] = Role.LIST_ITEM;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush(blocks, line, role[0]);
                    role[0] = Role.BODY;
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(blocks, line, role[0]);
        String title = html.title().isBlank() ? null : html.title().strip();
        Document out = doc.withExtracted(Document.keptText(blocks), blocks).withTitle(title);
        if (out.text().isBlank()) return Outcome.drop(out, name(), "empty");
        return Outcome.keep(out);
    }

    private static void flush(List<Block> blocks, StringBuilder line, Role role) {
        String text = collapse(line);
        line.setLength(0);
        if (!text.isEmpty()) blocks.add(Block.kept(role, text));
    }

    private static String collapse(CharSequence s) {
        var sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String supported(String charset) {
        if (charset == null) return null;
        try {
            return Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "HtmlToText[one line per block; skipped " + SKIPPED + "]";
    }
}
