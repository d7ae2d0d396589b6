package dev.saring.dedup.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalSorterTest {

    @TempDir
    Path dir;

    @Test
    void recordsFittingInMemoryComeOutSortedWithoutFiles() throws IOException {
        List<long[]> in = random(1000, 3, 50, 1);
        try (var s = new ExternalSorter(dir, "t", 3, 3, 1 << 20)) {
            for (long[] r : in) s.add(r, 0, 1);
            assertThat(drain(s, 3)).containsExactlyElementsOf(sortedCopy(in));
            assertThat(s.runCount()).isZero();
        }
    }

    @Test
    void aTinyMemoryBoundSpillsManyRunsAndMergesThemInSeveralLevels() throws IOException {
        List<long[]> in = random(20_000, 2, 1_000_000, 2);
        try (var s = new ExternalSorter(dir, "t", 2, 2, 2 << 10)) {
            for (long[] r : in) s.add(r, 0, 1);
            assertThat(s.runCount()).isGreaterThan(ExternalSorter.MAX_FAN_IN);
            assertThat(drain(s, 2)).containsExactlyElementsOf(sortedCopy(in));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void manyRecordsCanBeAddedInOneCall() throws IOException {
        long[] batch = {5, 0, 3, 1, 4, 2};
        try (var s = new ExternalSorter(dir, "t", 2, 1, 1 << 20)) {
            s.add(batch, 0, 3);
            assertThat(drain(s, 2)).containsExactly("[3, 1]", "[4, 2]", "[5, 0]");
        }
    }

    private static List<String> drain(ExternalSorter s, int width) throws IOException {
        var out = new ArrayList<String>();
        try (RecordCursor c = s.sorted()) {
            while (c.next()) {
                long[] r = new long[width];
                c.copyTo(r, 0);
                out.add(java.util.Arrays.toString(r));
            }
        }
        return out;
    }

    private static List<long[]> random(int n, int width, int range, long seed) {
        var rnd = new Random(seed);
        var out = new ArrayList<long[]>();
        for (int i = 0; i < n; i++) {
            long[] r = new long[width];
            for (int j = 0; j < width; j++) r[j] = rnd.nextInt(range) - range / 2;
            r[width - 1] = i;   // unique last field: a total order
            out.add(r);
        }
        return out;
    }

    private static List<String> sortedCopy(List<long[]> in) {
        Comparator<long[]> cmp = (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                int c = Long.compare(a[i], b[i]);
                if (c != 0) return c;
            }
            return 0;
        };
        var copy = new ArrayList<>(in);
        copy.sort(cmp);
        return copy.stream().map(java.util.Arrays::toString).toList();
    }
}
