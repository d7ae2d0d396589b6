package dev.saring.cli;

import dev.saring.pipeline.LocalRunner;
import dev.saring.pipeline.Stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The table {@code saring run} prints when it is done. */
final class Summary {

    /** Reasons listed under a heading before the rest are summed up as "other". */
    private static final int TOP_REASONS = 12;
    /** Languages listed in the summary; stats.json has them all. */
    private static final int TOP_LANGUAGES = 15;

    private Summary() {
    }

    /** Width of a reason and its count: that of {@code %-34s %,12d}. */
    private static final int REASON_COLUMNS = 47;

    static void print(PrintWriter out, LocalRunner.Result r, Path output, int inputs) {
        Stats s = r.stats();
        long read = r.documentsRead();
        long kept = r.documentsKept();
        out.printf("%nsaring run: %,d input files in %.1f s%n", inputs, r.elapsed().toMillis() / 1000.0);
        row(out, "documents read", read, "");
        row(out, "kept", kept, percent(kept, read));
        row(out, "dropped", s.get(Stats.DOCUMENTS, "dropped"), percent(s.get(Stats.DOCUMENTS, "dropped"), read));
        reasons(out, s.section(Stats.DROPPED));
        long lines = s.section(Stats.LINES_DROPPED).values().stream().mapToLong(Long::longValue).sum();
        row(out, "lines dropped from kept documents", lines, "");
        reasons(out, s.section(Stats.LINES_DROPPED));
        long skipped = s.section(Stats.SKIPPED).values().stream().mapToLong(Long::longValue).sum();
        row(out, "records skipped (not pages)", skipped, "");
        reasons(out, s.section(Stats.SKIPPED));
        languages(out, s);
        row(out, "input errors", r.errors(), r.errors() > 0 ? "see " + output.resolve("errors.jsonl") : "");
        reasons(out, s.section(Stats.ERRORS));
        out.printf("  %-36s %,12.1f MB -> text %,.1f MB%n", "bytes in", s.get(Stats.BYTES, "input") / 1e6,
                s.get(Stats.BYTES, "output_text") / 1e6);
        var tokens = s.section(Stats.TOKENS);
        if (!tokens.isEmpty()) {
            row(out, "tokens kept", tokens.getOrDefault("total", 0L), "");
            var byLanguage = new java.util.TreeMap<>(tokens);
            byLanguage.remove("total");
            reasons(out, byLanguage);
        }
        out.printf("  %-36s %s%n", "output", output);
        out.printf("  %-36s %s%n", "report", output.resolve("report.html"));
        out.flush();
    }

    /** Keep rates per language, most documents first, with each language's main drop reasons. */
    private static void languages(PrintWriter out, Stats s) {
        var byLanguage = new java.util.ArrayList<Map.Entry<String, Map<String, Long>>>();
        s.snapshot().forEach((section, counts) -> {
            if (section.startsWith(Stats.LANGUAGE_PREFIX)) byLanguage.add(Map.entry(section.substring(Stats.LANGUAGE_PREFIX.length()), counts));
        });
        if (byLanguage.isEmpty()) return;
        byLanguage.sort(java.util.Comparator.<Map.Entry<String, Map<String, Long>>>comparingLong(e -> -e.getValue().getOrDefault("read", 0L))
                .thenComparing(Map.Entry::getKey));
        out.printf("  %-36s %12s  %s%n", "by language", "read", "kept   main drop reasons");
        for (int i = 0; i < byLanguage.size(); i++) {
            if (i == TOP_LANGUAGES) {
                out.printf("    (%d more languages in stats.json)%n", byLanguage.size() - TOP_LANGUAGES);
                break;
            }
            var e = byLanguage.get(i);
            long read = e.getValue().getOrDefault("read", 0L);
            long kept = e.getValue().getOrDefault("kept", 0L);
            var drops = e.getValue().entrySet().stream().filter(d -> d.getKey().startsWith("dropped:"))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(d -> d.getKey().substring("dropped:".length()) + " " + d.getValue()).toList();
            out.printf("    %-34s %,12d  %,d %s  %s%n", e.getKey(), read, kept, percent(kept, read), String.join(", ", drops));
        }
        Map<String, Long> without = s.section(Stats.WITHOUT_SETTINGS);
        if (!without.isEmpty()) {
            long docs = without.values().stream().mapToLong(Long::longValue).sum();
            row(out, "languages without settings", without.size(), "(language-agnostic rules only, " + docs + " documents)");
            reasons(out, without);
        }
    }

    private static void row(PrintWriter out, String what, long n, String note) {
        out.printf("  %-36s %,12d  %s%n", what, n, note);
    }

    private static void reasons(PrintWriter out, Map<String, Long> counts) {
        var sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        long other = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < TOP_REASONS) reason(out, sorted.get(i).getKey(), sorted.get(i).getValue());
            else other += sorted.get(i).getValue();
        }
        if (other > 0) reason(out, "(other reasons)", other);
    }

    /** A reason and its count, the count right-aligned under the rows' counts even after a long reason. */
    private static void reason(PrintWriter out, String label, long n) {
        String count = String.format("%,d", n);
        out.printf("    %s%s%s%n", label, " ".repeat(Math.max(1, REASON_COLUMNS - label.length() - count.length())), count);
    }

    private static String percent(long n, long of) {
        return of == 0 ? "" : String.format("(%.1f%%)", 100.0 * n / of);
    }
}
