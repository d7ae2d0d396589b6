package dev.saring.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountingTest {

    /** Counters of a balanced two-segment run over two files, as the shard sinks keep them. */
    private static Stats balanced() {
        var s = new Stats();
        s.add(Stats.DOCUMENTS, "read", 10);
        s.add(Stats.DOCUMENTS, "kept", 6);
        s.add(Stats.DOCUMENTS, "dropped", 4);
        s.add(Stats.DROPPED, "gopher:short", 3);
        s.add(Stats.DROPPED, "dedup:exact", 1);
        s.add(Stats.SKIPPED, "not-html", 2);
        s.add(Stats.ERRORS, "bad-json", 1);
        s.add(Accounting.FILE_READ, "a.warc.gz", 7);
        s.add(Accounting.FILE_READ, "b.jsonl", 3);
        s.add(Accounting.FILE_KEPT, "a.warc.gz", 4);
        s.add(Accounting.FILE_KEPT, "b.jsonl", 2);
        s.add(Accounting.FILE_DROPPED, "a.warc.gz", 3);
        s.add(Accounting.FILE_DROPPED, "b.jsonl", 1);
        s.add(Accounting.FILE_SKIPPED, "a.warc.gz", 2);
        s.add(Accounting.FILE_ERRORS, "b.jsonl", 1);
        s.add(Accounting.SEGMENT_IN, "0", 10);
        s.add(Accounting.SEGMENT_KEPT, "0", 7);
        s.add(Accounting.SEGMENT_DROPPED, "0", 3);
        s.add(Accounting.SEGMENT_IN, "1", 7);
        s.add(Accounting.SEGMENT_KEPT, "1", 6);
        s.add(Accounting.SEGMENT_DROPPED, "1", 1);
        return s;
    }

    @Test
    void aRunWhereEveryDocumentIsKeptOrDroppedBalances() {
        Accounting a = Accounting.of(balanced(), 2);
        assertThat(a.mismatches()).isEmpty();
        assertThat(a.balanced()).isTrue();
        var s = new Stats();
        a.addTo(s);
        assertThat(s.section(Accounting.SECTION)).containsEntry("read", 10L).containsEntry("kept", 6L).containsEntry("dropped", 4L)
                .containsEntry("skipped", 2L).containsEntry("errors", 1L).containsEntry("unaccounted", 0L).containsEntry("mismatches", 0L);
    }

    @Test
    void aDocumentLostInTheSecondSegmentIsNamedByFileAndSegment() {
        Stats s = balanced();
        // segment 1 read one document fewer than segment 0 handed on, from b.jsonl
        s.add(Accounting.SEGMENT_IN, "1", -1);
        s.add(Accounting.SEGMENT_KEPT, "1", -1);
        s.add(Stats.DOCUMENTS, "kept", -1);
        s.add(Accounting.FILE_KEPT, "b.jsonl", -1);
        Accounting a = Accounting.of(s, 2);
        assertThat(a.balanced()).isFalse();
        assertThat(a.unaccounted()).isEqualTo(1);
        assertThat(String.join("\n", a.mismatches())).contains("10 documents read but 5 kept + 4 dropped (1 unaccounted)",
                "b.jsonl: 3 documents read but 1 kept + 1 dropped", "segment 1 read 6 documents but segment 0 handed on 7");
        assertThat(new AccountingException(a)).hasMessageContaining("a bug");
    }

    @Test
    void aDropWithoutItsReasonOrAnErrorWithoutItsFileDoesNotBalance() {
        Stats s = balanced();
        s.add(Stats.DROPPED, "gopher:short", -1);
        s.add(Stats.ERRORS, "truncated", 1);
        assertThat(Accounting.of(s, 2).mismatches()).containsExactlyInAnyOrder(
                "4 documents dropped but 3 by reason", "2 errors in total but 1 summed over the input files");
    }

    @Test
    void aDocumentCountedTwiceDoesNotBalanceEither() {
        Stats s = balanced();
        s.add(Stats.DOCUMENTS, "kept", 1);
        assertThat(Accounting.of(s, 2).unaccounted()).isEqualTo(-1);
        assertThat(Accounting.of(s, 2).balanced()).isFalse();
    }
}
