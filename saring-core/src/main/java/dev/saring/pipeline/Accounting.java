package dev.saring.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The account of every document of a run, checked when the run ends: every document read was kept or
 * dropped with a reason, in total, per input file and segment by segment (what a segment kept is what the
 * next one read back). Skipped records (not documents: requests, images, redirects) and input errors are
 * counted beside, by reason and kind, in total and per file. A run whose account does not balance lost or
 * invented documents: that is a bug, and the run fails instead of writing {@code _SUCCESS}.
 *
 * <p>Built from the counters every {@link ShardSink} keeps, so that both runners are checked the same way;
 * written into {@code stats.json} as the section {@value #SECTION}.
 *
 * <pre>{@code
 * Accounting a = Accounting.of(stats, plan.segments().size());
 * a.addTo(stats);                        // stats.json: "accounting": {"read": ..., "unaccounted": 0, ...}
 * if (!a.balanced()) throw new AccountingException(a);
 * }</pre>
 *
 * @param read        documents read from the input
 * @param kept        documents written to {@code clean/}
 * @param dropped     documents written to {@code rejects/} with a step and reason
 * @param skipped     records passed over as not documents
 * @param errors      input and step errors reported
 * @param mismatches  what does not add up, for a person; empty when the account balances
 */
public record Accounting(long read, long kept, long dropped, long skipped, long errors, List<String> mismatches) {

    /** The section of {@code stats.json} with the totals and {@code unaccounted} (read - kept - dropped, 0 when all is well). */
    public static final String SECTION = "accounting";
    /** Per input file (by the name the user gave): documents read, kept and dropped, records skipped, errors. */
    public static final String FILE_READ = "file_read";
    public static final String FILE_KEPT = "file_kept";
    public static final String FILE_DROPPED = "file_dropped";
    public static final String FILE_SKIPPED = "file_skipped";
    public static final String FILE_ERRORS = "file_errors";
    /** Per segment (by its index): documents that went in, that it kept (for the next pass or clean/), that it dropped. */
    public static final String SEGMENT_IN = "segment_in";
    public static final String SEGMENT_KEPT = "segment_kept";
    public static final String SEGMENT_DROPPED = "segment_dropped";

    public Accounting {
        mismatches = List.copyOf(mismatches);
    }

    /** The account of the merged counters of a run of {@code segments} segments. */
    public static Accounting of(Stats stats, int segments) {
        long read = stats.get(Stats.DOCUMENTS, "read");
        long kept = stats.get(Stats.DOCUMENTS, "kept");
        long dropped = stats.get(Stats.DOCUMENTS, "dropped");
        long skipped = sum(stats.section(Stats.SKIPPED));
        long errors = sum(stats.section(Stats.ERRORS));
        var bad = new ArrayList<String>();
        if (read != kept + dropped) {
            bad.add(String.format("%,d documents read but %,d kept + %,d dropped (%,d unaccounted)", read, kept, dropped, read - kept - dropped));
        }
        long byReason = sum(stats.section(Stats.DROPPED));
        if (byReason != dropped) bad.add(String.format("%,d documents dropped but %,d by reason", dropped, byReason));
        same(bad, "documents read", read, sum(stats.section(FILE_READ)));
        same(bad, "documents kept", kept, sum(stats.section(FILE_KEPT)));
        same(bad, "documents dropped", dropped, sum(stats.section(FILE_DROPPED)));
        same(bad, "records skipped", skipped, sum(stats.section(FILE_SKIPPED)));
        same(bad, "errors", errors, sum(stats.section(FILE_ERRORS)));
        var files = new TreeSet<>(stats.section(FILE_READ).keySet());
        files.addAll(stats.section(FILE_KEPT).keySet());
        files.addAll(stats.section(FILE_DROPPED).keySet());
        for (String f : files) {
            long r = stats.get(FILE_READ, f);
            long k = stats.get(FILE_KEPT, f);
            long d = stats.get(FILE_DROPPED, f);
            if (r != k + d) bad.add(String.format("%s: %,d documents read but %,d kept + %,d dropped", f, r, k, d));
        }
        for (int s = 0; s < segments; s++) {
            String key = Integer.toString(s);
            long in = stats.get(SEGMENT_IN, key);
            long out = stats.get(SEGMENT_KEPT, key);
            long drop = stats.get(SEGMENT_DROPPED, key);
            long expectedIn = s == 0 ? read : stats.get(SEGMENT_KEPT, Integer.toString(s - 1));
            if (in != expectedIn) {
                bad.add(String.format("segment %d read %,d documents but %s %,d", s, in,
                        s == 0 ? "the input gave" : "segment " + (s - 1) + " handed on", expectedIn));
            }
            if (in != out + drop) bad.add(String.format("segment %d: %,d documents in but %,d kept + %,d dropped", s, in, out, drop));
        }
        if (segments > 0 && stats.get(SEGMENT_KEPT, Integer.toString(segments - 1)) != kept) {
            bad.add(String.format("the last segment kept %,d documents but clean/ holds %,d",
                    stats.get(SEGMENT_KEPT, Integer.toString(segments - 1)), kept));
        }
        return new Accounting(read, kept, dropped, skipped, errors, bad);
    }

    public boolean balanced() {
        return mismatches.isEmpty();
    }

    /** Documents read that were neither kept nor dropped (negative: more came out than went in). */
    public long unaccounted() {
        return read - kept - dropped;
    }

    /** Writes the totals and {@code unaccounted} and {@code mismatches} (their number) into section {@value #SECTION}. */
    public void addTo(Stats stats) {
        stats.add(SECTION, "read", read);
        stats.add(SECTION, "kept", kept);
        stats.add(SECTION, "dropped", dropped);
        stats.add(SECTION, "skipped", skipped);
        stats.add(SECTION, "errors", errors);
        stats.add(SECTION, "unaccounted", unaccounted());
        stats.add(SECTION, "mismatches", mismatches.size());
    }

    private static void same(List<String> bad, String what, long total, long perFile) {
        if (total != perFile) bad.add(String.format("%,d %s in total but %,d summed over the input files", total, what, perFile));
    }

    private static long sum(Map<String, Long> section) {
        return section.values().stream().mapToLong(Long::longValue).sum();
    }
}
