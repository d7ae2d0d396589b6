package dev.saring.extract.internal;

import org.jsoup.nodes.Element;

import java.util.Arrays;

/**
 * The block-level elements of a page in document order, as parallel arrays indexed by an element's
 * ordinal: its parent, depth, kind, hints and the range of text blocks it holds. Filled by the walk.
 */
public final class ElementTable {

    private static final int INITIAL = 256;

    private Element[] element = new Element[INITIAL];
    private int[] parent = new int[INITIAL];
    private int[] depth = new int[INITIAL];
    private TagKind[] kind = new TagKind[INITIAL];
    private int[] hints = new int[INITIAL];
    private int[] firstBlock = new int[INITIAL];
    private int[] endBlock = new int[INITIAL];
    private int[] childCount = new int[INITIAL];
    private int[] context = new int[INITIAL];
    private int[] heading = new int[INITIAL];
    private int size;

    /** Adds an element whose blocks start at {@code firstBlock}; returns its ordinal. */
    int open(Element e, int parentOrdinal, int elementDepth, TagKind k, int hintBits, int blockIndex, int ctx,
             int headingLevel) {
        if (size == element.length) grow();
        element[size] = e;
        parent[size] = parentOrdinal;
        depth[size] = elementDepth;
        kind[size] = k;
        hints[size] = hintBits;
        firstBlock[size] = blockIndex;
        endBlock[size] = blockIndex;
        context[size] = ctx;
        heading[size] = headingLevel;
        if (parentOrdinal >= 0) childCount[parentOrdinal]++;
        return size++;
    }

    /** Records that the element's blocks end before {@code blockIndex}. */
    void close(int ordinal, int blockIndex) {
        endBlock[ordinal] = blockIndex;
    }

    private void grow() {
        int n = element.length * 2;
        element = Arrays.copyOf(element, n);
        parent = Arrays.copyOf(parent, n);
        depth = Arrays.copyOf(depth, n);
        kind = Arrays.copyOf(kind, n);
        hints = Arrays.copyOf(hints, n);
        firstBlock = Arrays.copyOf(firstBlock, n);
        endBlock = Arrays.copyOf(endBlock, n);
        childCount = Arrays.copyOf(childCount, n);
        context = Arrays.copyOf(context, n);
        heading = Arrays.copyOf(heading, n);
    }

    /** {@link Context} bits of the element and its ancestors. */
    public int context(int i) {
        return context[i];
    }

    /** 1–6 for a heading or an element inside one, else 0. */
    public int heading(int i) {
        return heading[i];
    }

    public int size() {
        return size;
    }

    public Element element(int i) {
        return element[i];
    }

    /** The parent's ordinal, or -1 for the root. */
    public int parent(int i) {
        return parent[i];
    }

    public int depth(int i) {
        return depth[i];
    }

    public TagKind kind(int i) {
        return kind[i];
    }

    public int hints(int i) {
        return hints[i];
    }

    public int firstBlock(int i) {
        return firstBlock[i];
    }

    public int endBlock(int i) {
        return endBlock[i];
    }

    public int blockCount(int i) {
        return endBlock[i] - firstBlock[i];
    }

    /** How many block-level children the element has. */
    public int childCount(int i) {
        return childCount[i];
    }

    /** Whether {@code ancestor} is {@code i} or one of its ancestors. */
    public boolean contains(int ancestor, int i) {
        return firstBlock[ancestor] <= firstBlock[i] && endBlock[i] <= endBlock[ancestor]
                && depth[ancestor] <= depth[i] && isAncestorOrSelf(ancestor, i);
    }

    private boolean isAncestorOrSelf(int ancestor, int i) {
        for (int x = i; x >= 0 && depth[x] >= depth[ancestor]; x = parent[x]) {
            if (x == ancestor) return true;
        }
        return false;
    }
}
