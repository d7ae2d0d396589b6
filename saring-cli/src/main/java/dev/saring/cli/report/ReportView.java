package dev.saring.cli.report;

import dev.saring.pipeline.RunSample;
import dev.saring.pipeline.Stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the report's template shows, computed from a {@link RunFolder}: numbers first (cards, funnel,
 * reasons), then the examples that explain them. Plain values only; the template escapes every string.
 */
final class ReportView {

    /** Rows of a reason table before the rest is summed up. */
    static final int TOP_ROWS = 40;
    /** Bars of a chart before the rest is summed up as "other". */
    static final int TOP_BARS = 20;
    /** Reasons (colours) of the lines-by-role chart before the rest is "other". */
    static final int TOP_STACKS = 8;

    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    record Card(String label, String value, String note) {
    }

    record FunnelRow(String stage, String documents, String dropped, String share, String bytes) {
    }

    record ReasonRow(String step, String reason, String count, String share) {
    }

    record ExampleLine(String text, boolean kept, String role, String reason, String title, String where) {
    }

    record ExampleDoc(String id, String url, String source, String lang, String reason, String text,
                      List<ExampleLine> lines, String meta) {
        public boolean hasLines() {
            return !lines.isEmpty();
        }
    }

    record ExampleGroup(String key, String count, List<ExampleDoc> documents, List<ExampleLine> lines) {
    }

    record ChartBox(String id, String title, String caption, boolean hasData) {
    }

    record Version(String name, String value) {
    }

    final String title;
    final List<Card> cards = new ArrayList<>();
    final List<FunnelRow> funnel = new ArrayList<>();
    final List<ReasonRow> reasons = new ArrayList<>();
    final List<ReasonRow> lineReasons = new ArrayList<>();
    final List<ExampleGroup> documentExamples = new ArrayList<>();
    final List<ExampleGroup> lineReasonExamples = new ArrayList<>();
    final List<ExampleGroup> lineRoleExamples = new ArrayList<>();
    final List<ExampleDoc> keptSample = new ArrayList<>();
    final List<RunFolder.ErrorKind> errors;
    final String config;
    final List<Version> versions;
    final List<ChartSpec> charts = new ArrayList<>();
    final Map<String, ChartBox> boxes = new LinkedHashMap<>();

    ReportView(RunFolder run, List<Version> versions) {
        Stats s = run.stats();
        this.title = run.dir().toAbsolutePath().normalize().getFileName() == null ? run.dir().toString()
                : run.dir().toAbsolutePath().normalize().getFileName().toString();
        this.errors = List.copyOf(run.errors().values());
        this.config = run.config().isBlank() ? "" : run.config();
        var v = new ArrayList<>(versions);
        s.section("run").forEach((k, n) -> v.add(new Version("run." + k, String.format(Locale.ROOT, "%,d", n))));
        this.versions = List.copyOf(v);

        long read = s.get(Stats.DOCUMENTS, "read");
        long kept = s.get(Stats.DOCUMENTS, "kept");
        long dropped = s.get(Stats.DOCUMENTS, "dropped");
        long errorCount = sum(s.section(Stats.ERRORS));
        long linesDropped = sum(s.section(Stats.LINES_DROPPED));
        cards.add(new Card("documents read", count(read), ""));
        cards.add(new Card("kept", count(kept), percent(kept, read)));
        cards.add(new Card("dropped", count(dropped), percent(dropped, read)));
        cards.add(new Card("lines dropped", count(linesDropped), "from kept and dropped documents"));
        cards.add(new Card("input errors", count(errorCount), errorCount > 0 ? "bad records, the run went on" : "none"));
        cards.add(new Card("text out", bytes(s.get(Stats.BYTES, "output_text")), "from " + bytes(readBytes(s)) + " read"));

        funnel(run, s, read);
        reasonTables(s, read);
        examples(run.sample(), s);
        charts(run, s);
    }

    private static long readBytes(Stats s) {
        long b = s.get(Stats.BYTES, "read");
        return b > 0 ? b : s.get(Stats.BYTES, "input");
    }

    private void funnel(RunFolder run, Stats s, long read) {
        funnel.add(new FunnelRow("read", count(read), "", percent(read, read), bytes(readBytes(s))));
        for (String step : run.steps()) {
            long in = s.get(Stats.STEP_IN, step);
            long out = in - s.get(Stats.STEP_DROPPED, step);
            funnel.add(new FunnelRow(step, count(out), count(in - out), percent(out, read), bytes(s.get(Stats.STEP_BYTES_OUT, step))));
        }
        long kept = s.get(Stats.DOCUMENTS, "kept");
        funnel.add(new FunnelRow("written", count(kept), "", percent(kept, read), bytes(s.get(Stats.BYTES, "output_text"))));
    }

    private void reasonTables(Stats s, long read) {
        reasonRows(s.section(Stats.DROPPED), read, reasons);
        reasonRows(s.section(Stats.LINES_DROPPED), sum(s.section(Stats.LINES_DROPPED)), lineReasons);
    }

    private static void reasonRows(Map<String, Long> counts, long of, List<ReasonRow> into) {
        var sorted = sortedDesc(grouped(counts));
        long other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            var e = sorted.get(i);
            if (i >= TOP_ROWS) {
                other += e.getValue();
                continue;
            }
            int colon = e.getKey().indexOf(':');
            String step = colon < 0 ? e.getKey() : e.getKey().substring(0, colon);
            String reason = colon < 0 ? "" : e.getKey().substring(colon + 1);
            into.add(new ReasonRow(step, reason, count(e.getValue()), percent(e.getValue(), of)));
        }
        if (other > 0) into.add(new ReasonRow("(other reasons)", "", count(other), percent(other, of)));
    }

    private void examples(RunSample sample, Stats s) {
        Map<String, Long> docCounts = grouped(s.section(Stats.DROPPED));
        for (var e : orderByCount(sample.droppedDocuments(), docCounts).entrySet()) {
            var docs = e.getValue().stream().map(ReportView::exampleDoc).toList();
            documentExamples.add(new ExampleGroup(e.getKey(), count(docCounts.getOrDefault(e.getKey(), 0L)), docs, List.of()));
        }
        Map<String, Long> lineCounts = grouped(s.section(Stats.LINES_DROPPED));
        for (var e : orderByCount(sample.linesByReason(), lineCounts).entrySet()) {
            lineReasonExamples.add(new ExampleGroup(e.getKey(), count(lineCounts.getOrDefault(e.getKey(), 0L)), List.of(),
                    e.getValue().stream().map(ReportView::exampleLine).toList()));
        }
        Map<String, Long> roleCounts = new TreeMap<>();
        s.section(Stats.LINES_DROPPED_ROLE).forEach((k, n) -> roleCounts.merge(k.substring(0, Math.max(0, k.indexOf('/'))), n, Long::sum));
        for (var e : orderByCount(sample.linesByRole(), roleCounts).entrySet()) {
            lineRoleExamples.add(new ExampleGroup(e.getKey(), count(roleCounts.getOrDefault(e.getKey(), 0L)), List.of(),
                    e.getValue().stream().map(ReportView::exampleLine).toList()));
        }
        sample.kept().forEach(d -> keptSample.add(exampleDoc(d)));
    }

    private static <T> Map<String, List<T>> orderByCount(Map<String, List<T>> examples, Map<String, Long> counts) {
        var keys = new ArrayList<>(examples.keySet());
        keys.sort(Comparator.comparingLong((String k) -> -counts.getOrDefault(k, 0L)).thenComparing(Function.identity()));
        var out = new LinkedHashMap<String, List<T>>();
        for (String k : keys) out.put(k, examples.get(k));
        return out;
    }

    private static ExampleDoc exampleDoc(RunSample.Doc d) {
        var lines = d.lines().stream().map(ReportView::exampleLine).toList();
        String meta = d.meta().entrySet().stream()
                .filter(e -> e.getKey().startsWith("dup_") || e.getKey().equals("page_type") || e.getKey().equals("date"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" · "));
        String reason = d.step().isEmpty() ? "" : d.step() + ":" + d.reason();
        return new ExampleDoc(d.id(), d.url(), d.source(), d.lang(), reason, d.text(), lines, meta);
    }

    private static ExampleLine exampleLine(RunSample.Line l) {
        String reason = l.kept() ? "" : l.step() + ":" + l.reason();
        String title = l.kept() ? l.role() + " · kept" : l.role() + " · dropped by " + reason;
        String where = (l.url() != null ? l.url() : l.id()) + " line " + l.n();
        return new ExampleLine(l.text(), l.kept(), l.role(), reason, title, where);
    }

    private void charts(RunFolder run, Stats s) {
        // funnel: documents and text bytes after each stage
        var labels = new ArrayList<String>();
        var docs = new ArrayList<Double>();
        var mb = new ArrayList<Double>();
        labels.add("read");
        docs.add((double) s.get(Stats.DOCUMENTS, "read"));
        mb.add(readBytes(s) / 1e6);
        for (String step : run.steps()) {
            labels.add(step);
            docs.add((double) (s.get(Stats.STEP_IN, step) - s.get(Stats.STEP_DROPPED, step)));
            mb.add(s.get(Stats.STEP_BYTES_OUT, step) / 1e6);
        }
        labels.add("written");
        docs.add((double) s.get(Stats.DOCUMENTS, "kept"));
        mb.add(s.get(Stats.BYTES, "output_text") / 1e6);
        add(new ChartSpec("funnel", "bar", false, false, false, "stage", "documents", "MB of text", labels,
                        List.of(ChartSpec.Series.of("documents", docs, PALETTE.get(0)),
                                new ChartSpec.Series("MB", mb, PALETTE.get(1), List.of(), "y2"))),
                "Funnel", "Documents (left) and megabytes (right) after each stage: as read (HTML or text), then text.");

        // drop reasons, coloured by step
        var reasons = sortedDesc(grouped(s.section(Stats.DROPPED)));
        var top = topWithOther(reasons, TOP_BARS);
        var stepColor = new LinkedHashMap<String, String>();
        run.steps().forEach(st -> stepColor.put(st, PALETTE.get(stepColor.size() % PALETTE.size())));
        var colors = top.keySet().stream().map(k -> stepColor.getOrDefault(k.contains(":") ? k.substring(0, k.indexOf(':')) : k, "#999999")).toList();
        add(new ChartSpec("drops", "bar", true, false, false, "step:reason", "documents", "",
                        List.copyOf(top.keySet()), List.of(new ChartSpec.Series("documents dropped", values(top), PALETTE.get(3), colors, "y"))),
                "Why documents were dropped", "Documents dropped per step and reason, coloured by step.");

        // languages: read (identified) and kept
        var langKept = s.section(Stats.LANGUAGE_KEPT);
        var langRead = new TreeMap<String, Long>(langKept);
        s.section(Stats.LANGUAGE_DROPPED).forEach((k, n) -> langRead.merge(k, n, Long::sum));
        var langTop = topWithOther(sortedDesc(langRead), TOP_BARS);
        add(new ChartSpec("languages", "bar", false, false, false, "language", "documents", "", List.copyOf(langTop.keySet()),
                        List.of(ChartSpec.Series.of("identified", values(langTop), PALETTE.get(0)),
                                ChartSpec.Series.of("kept", langTop.keySet().stream().map(k -> k.equals(OTHER)
                                        ? (double) langKept.entrySet().stream().filter(e -> !langTop.containsKey(e.getKey())).mapToLong(Map.Entry::getValue).sum()
                                        : (double) langKept.getOrDefault(k, 0L)).toList(), PALETTE.get(2)))),
                "Languages", "Documents per language once identified, and how many of them were kept.");

        // lengths before and after
        var buckets = new TreeMap<Long, long[]>();
        s.section(Stats.LENGTH_READ).forEach((k, n) -> buckets.computeIfAbsent(Long.parseLong(k), b -> new long[2])[0] += n);
        s.section(Stats.LENGTH_KEPT).forEach((k, n) -> buckets.computeIfAbsent(Long.parseLong(k), b -> new long[2])[1] += n);
        add(new ChartSpec("lengths", "bar", false, false, false, "size (from)", "documents", "",
                        buckets.keySet().stream().map(ReportView::size).toList(),
                        List.of(ChartSpec.Series.of("as read", buckets.values().stream().map(a -> (double) a[0]).toList(), PALETTE.get(0)),
                                ChartSpec.Series.of("kept text", buckets.values().stream().map(a -> (double) a[1]).toList(), PALETTE.get(2)))),
                "Document length", "Documents by size: as read (the record's bytes) and the kept text (UTF-8 bytes), in powers of two.");

        // near-duplicate cluster sizes
        var clusters = new TreeMap<Long, Long>();
        s.section(Stats.DUP_CLUSTER_SIZE).forEach((k, n) -> {
            long size = Long.parseLong(k);
            if (size > 1) clusters.merge(size <= 8 ? size : Long.highestOneBit(size), n, Long::sum);
        });
        add(new ChartSpec("clusters", "bar", false, false, false, "documents per cluster", "clusters", "",
                        clusters.keySet().stream().map(k -> k <= 8 ? Long.toString(k) : k + "–" + (2 * k - 1)).toList(),
                        List.of(ChartSpec.Series.of("clusters", clusters.values().stream().map(Long::doubleValue).toList(), PALETTE.get(4)))),
                "Duplicate clusters", "Kept documents that stood for copies, by the size of their cluster (the kept one and its dropped copies).");

        // dropped lines by role, stacked by reason
        var byRole = new TreeMap<String, Map<String, Long>>();
        var reasonTotals = new TreeMap<String, Long>();
        s.section(Stats.LINES_DROPPED_ROLE).forEach((k, n) -> {
            int slash = k.indexOf('/');
            String role = slash < 0 ? k : k.substring(0, slash);
            String reason = slash < 0 ? "" : RunSample.group(k.substring(slash + 1));
            byRole.computeIfAbsent(role, r -> new TreeMap<>()).merge(reason, n, Long::sum);
            reasonTotals.merge(reason, n, Long::sum);
        });
        var roles = byRole.keySet().stream()
                .sorted(Comparator.comparingLong((String r) -> -sum(byRole.get(r))).thenComparing(Function.identity())).toList();
        var stacks = topWithOther(sortedDesc(reasonTotals), TOP_STACKS).keySet().stream().toList();
        var series = new ArrayList<ChartSpec.Series>();
        for (int i = 0; i < stacks.size(); i++) {
            String reason = stacks.get(i);
            var data = roles.stream().map(r -> (double) (reason.equals(OTHER)
                    ? byRole.get(r).entrySet().stream().filter(e -> !stacks.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum()
                    : byRole.get(r).getOrDefault(reason, 0L))).toList();
            series.add(ChartSpec.Series.of(reason, data, reason.equals(OTHER) ? "#bab0ac" : PALETTE.get(i % PALETTE.size())));
        }
        add(new ChartSpec("lines", "bar", true, true, false, "role", "lines", "", roles, series),
                "Dropped lines by role and reason", "Lines dropped from documents, by the role the cleaner gave them, stacked by reason.");

        // throughput
        var points = run.timeline();
        var tLabels = new ArrayList<String>();
        var docRate = new ArrayList<Double>();
        var byteRate = new ArrayList<Double>();
        for (int i = 1; i < points.size(); i++) {
            var a = points.get(i - 1);
            var b = points.get(i);
            double secs = (b.millis() - a.millis()) / 1000.0;
            if (secs <= 0) continue;
            tLabels.add(String.format(Locale.ROOT, "%.1f s", b.millis() / 1000.0));
            docRate.add(Math.max(0, (b.documents() - a.documents()) / secs));
            byteRate.add(Math.max(0, (b.bytes() - a.bytes()) / secs / 1e6));
        }
        add(new ChartSpec("throughput", "line", false, false, false, "time since start", "documents/s", "MB/s", tLabels,
                        List.of(ChartSpec.Series.of("documents/s", docRate, PALETTE.get(0)),
                                new ChartSpec.Series("MB/s", byteRate, PALETTE.get(1), List.of(), "y2"))),
                "Throughput", "Documents and megabytes processed per second over the run, in every phase (reading, and each pass).");
    }

    private void add(ChartSpec spec, String title, String caption) {
        charts.add(spec);
        boxes.put(spec.id(), new ChartBox(spec.id(), title, caption, spec.hasData()));
    }

    private static final String OTHER = "other";

    /** The first {@code n} entries, and the rest summed up as "other". */
    private static Map<String, Long> topWithOther(List<Map.Entry<String, Long>> sorted, int n) {
        var out = new LinkedHashMap<String, Long>();
        long other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < n) out.put(sorted.get(i).getKey(), sorted.get(i).getValue());
            else other += sorted.get(i).getValue();
        }
        if (other > 0) out.merge(OTHER, other, Long::sum);
        return out;
    }

    /** Counts with reasons that carry numbers ({@code repeated:7}) grouped into one family. */
    private static Map<String, Long> grouped(Map<String, Long> counts) {
        var out = new TreeMap<String, Long>();
        counts.forEach((k, n) -> {
            int colon = k.indexOf(':');
            String key = colon < 0 ? k : k.substring(0, colon + 1) + RunSample.group(k.substring(colon + 1));
            out.merge(key, n, Long::sum);
        });
        return out;
    }

    private static List<Map.Entry<String, Long>> sortedDesc(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    private static List<Double> values(Map<String, Long> m) {
        return m.values().stream().map(Long::doubleValue).toList();
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(long n, long of) {
        return of == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    static String bytes(long b) {
        if (b < 1_000) return b + " B";
        if (b < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
        if (b < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }

    private static String size(long b) {
        if (b < 1024) return b + " B";
        if (b < 1 << 20) return (b >> 10) + " KiB";
        return (b >> 20) + " MiB";
    }
}
