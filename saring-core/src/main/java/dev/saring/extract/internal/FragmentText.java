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
        return joinLines(sb).strip();
    }

    /**
     * What {@code replaceAll("[ \\t]*\\n\\s*", "\n")} gives (spaces and tabs before a line break, and all
     * whitespace after it, go), in one pass: the regular expression tries every space of a long run before
     * failing to find the break, quadratic in the run (100,000 empty inline elements took minutes).
     */
    static String joinLines(CharSequence s) {
        var out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
                if (j == n || s.charAt(j) != '\n') out.append(s, i, j);
                i = j;
            } else if (c == '\n') {
                out.append('\n');
                i++;
                while (i < n && isRegexSpace(s.charAt(i))) i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Java's {@code \\s}: {@code [ \\t\\n\\x0B\\f\\r]}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
