package dev.saring.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with columns padded to their widest cell, separated by two spaces. */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], r[c].length());
        }
        for (String[] r : rows) {
            var sb = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) sb.append(GAP);
                sb.append(r[c]);
                if (c < columns - 1) sb.append(" ".repeat(width[c] - r[c].length()));
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
