package dev.saring.extract.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a piece of HTML found in metadata (a JSON-LD description with {@code <p>} and {@code <br>}
 * in it): a line per block element, whitespace collapsed. Text without a tag is returned as it is.
 * Stateless.
 */
public final class FragmentText {

    private FragmentText() {
    }

    /** The text of {@code fragment}, a line per paragraph. */
    public static String of(String fragment) {
        if (fragment.indexOf('<') < 0) return fragment;
        Element body = Jsoup.parseBodyFragment(fragment).body();
        var sb = new StringBuilder(fragment.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()))) {
                    sb.append('\n');
                }
            }
        }, body);
        return sb.toString().replaceAll("[ \\t]*\\n[\\s]*", "\n").strip();
    }
}
