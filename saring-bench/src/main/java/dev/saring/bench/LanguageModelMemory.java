package dev.saring.bench;

import dev.saring.lang.Accuracy;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Load time and retained heap of a {@link LinguaIdentifier}: heap used after a full GC, before and after
 * loading (and after one document, so lazily loaded models count). Run one configuration per JVM, since
 * Lingua keeps its models in static maps:
 * {@code java -cp saring-bench/target/benchmarks.jar dev.saring.bench.LanguageModelMemory [all|id,ms,en] [low|high]}.
 */
public final class LanguageModelMemory {

    private static final long MB = 1L << 20;
    private static final int GC_ROUNDS = 3;

    private LanguageModelMemory() {
    }

    public static void main(String[] args) {
        String models = args.length > 0 ? args[0] : "all";
        Accuracy accuracy = args.length > 1 && args[1].equalsIgnoreCase("high") ? Accuracy.HIGH : Accuracy.LOW;
        var options = LanguageOptions.defaults().withModels(LanguageOptions.parseCodes(models)).withAccuracy(accuracy);
        long before = usedAfterGc();
        long start = System.nanoTime();
        var lingua = LinguaIdentifier.load(options);
        double seconds = (System.nanoTime() - start) / 1e9;
        lingua.identify("Presiden meresmikan jalan tol baru di Jawa Tengah pada hari Senin, didampingi sejumlah menteri.");
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "%s: loaded in %.2f s, %d MB of heap retained (%d MB max heap)%n",
                options, seconds, (after - before) / MB, Runtime.getRuntime().maxMemory() / MB);
        if (lingua.languages().isEmpty()) System.out.println("no languages");
    }

    private static long usedAfterGc() {
        for (int i = 0; i < GC_ROUNDS; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
