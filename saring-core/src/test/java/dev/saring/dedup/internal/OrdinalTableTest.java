package dev.saring.dedup.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OrdinalTableTest {

    @TempDir
    Path dir;

    @Test
    void lookupFindsEveryRecordOfAnOrdinalEvenAcrossBlocks() throws IOException {
        var w = OrdinalTable.writer(dir.resolve("t.bin"), 2);
        int perOrdinal = OrdinalTable.BLOCK_RECORDS + 7;
        for (long ord = 10; ord < 15; ord++) {
            for (int i = 0; i < perOrdinal; i++) w.add(new long[] {ord * 3, i});
        }
        try (OrdinalTable t = w.finish()) {
            for (long ord = 10; ord < 15; ord++) {
                long[] recs = t.lookup(ord * 3);
                assertThat(recs).hasSize(2 * perOrdinal);
                for (int i = 0; i < perOrdinal; i++) {
                    assertThat(recs[2 * i]).isEqualTo(ord * 3);
                    assertThat(recs[2 * i + 1]).isEqualTo(i);
                }
            }
            assertThat(t.lookup(0)).isEmpty();
            assertThat(t.lookup(31)).isEmpty();
            assertThat(t.lookup(100)).isEmpty();
        }
    }

    @Test
    void anEmptyTableFindsNothing() throws IOException {
        try (OrdinalTable t = OrdinalTable.writer(dir.resolve("e.bin"), 3).finish()) {
            assertThat(t.size()).isZero();
            assertThat(t.lookup(42)).isEmpty();
        }
    }
}
