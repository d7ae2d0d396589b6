package dev.saring.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text columns left-aligned, the others right-aligned, two spaces
 * between columns.
 *
 * <pre>{@code
 * var t = new AlignedTable(List.of("cleaner", "files"), 1);
 * t.row("saring", "181");
 * t.print(out);
 * }</pre>
 */
final class AlignedTable {

    private static final String GAP = "  ";

    private final List<String> header;
    private final int textColumns;
    private final List<String[]> rows = new ArrayList<>();

    /** A table whose first {@code textColumns} columns are left-aligned. */
    AlignedTable(List<String> header, int textColumns) {
        this.header = List.copyOf(header);
        this.textColumns = textColumns;
    }

    /** A row; each cell is printed as {@link String#valueOf(Object)} gives it. */
    AlignedTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + header.size() + " columns");
        }
        rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) width[c] = header.get(c).length();
        for (String[] r : rows) {
            for (int c = 0; c < width.length; c++) width[c] = Math.max(width[c], r[c].length());
        }
        line(out, header.toArray(String[]::new), width);
        for (String[] r : rows) line(out, r, width);
        out.flush();
    }

    private void line(PrintWriter out, String[] cells, int[] width) {
        var sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) sb.append(GAP);
            String cell = cells[c];
            String pad = " ".repeat(width[c] - cell.length());
            boolean last = c == cells.length - 1;
            if (c < textColumns) sb.append(cell).append(last ? "" : pad);
            else sb.append(pad).append(cell);
        }
        out.println(sb.toString().stripTrailing());
    }
}
