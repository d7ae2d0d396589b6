package dev.saring.extract.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void anOffsetDateTimeKeepsItsOffset() {
        assertThat(Dates.iso("2019-11-19T12:03:00.000Z")).contains("2019-11-19T12:03:00Z");
        assertThat(Dates.iso("2019-11-19T12:03:00-0500")).contains("2019-11-19T12:03:00-05:00");
    }

    @Test
    void aSpaceBetweenDateAndTimeIsAccepted() {
        assertThat(Dates.iso("2019-11-19 12:03:00")).contains("2019-11-19T12:03:00");
    }

    @Test
    void compactAndWordyDatesBecomeIsoDates() {
        assertThat(Dates.iso("20191119")).contains("2019-11-19");
        assertThat(Dates.iso("November 19, 2019")).contains("2019-11-19");
        assertThat(Dates.iso("19 Nov. 2019")).contains("2019-11-19");
    }

    @Test
    void aDateWithUnparsableTimeKeepsTheDate() {
        assertThat(Dates.iso("2019-11-19Tnoon")).contains("2019-11-19");
    }

    @Test
    void nonsenseAndImplausibleYearsAreNotDates() {
        assertThat(Dates.iso("yesterday")).isEmpty();
        assertThat(Dates.iso("0001-01-01")).isEmpty();
        assertThat(Dates.iso(null)).isEmpty();
    }
}
