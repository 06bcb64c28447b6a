package dev.waybill.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.ReportType;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.QuietHours;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the watcher, run through the topology on a mocked wall clock: the expectations are
 * those of {@code WatcherTest} and {@code RulesTest} in {@code waybill-watch}, one code path.
 */
class WatchTopologyTest {

    /** No quiet hours, so a notice is on the topic the moment it is decided. */
    private static final NoticePolicy AWAKE = NoticePolicy.defaults()
            .withQuietHours(new QuietHours(LocalTime.NOON, LocalTime.NOON));
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path state;

    private Driver driver(NoticePolicy policy, String wallClock) {
        return new Driver(policy, Instant.parse(wallClock), state);
    }

    @Test
    void theFirstLookRecordsTheVerdictAsTransitionsFromIngestAndWritesTheVerdictLine() {
        try (Driver d = driver(AWAKE, "2026-11-07T09:00:00Z")) {
            // promised late enough that the peak season's extra days keep it on time: nothing to tell
            d.pipe(Journeys.order("o-1").promisedBy(LocalDate.parse("2026-11-30")).event(Journeys.pickedUp()).build());
            assertThat(d.verdictKeys()).containsExactly("o-1");
            assertThat(d.latestVerdict().get("id").asText()).isEqualTo("o-1");
            assertThat(d.latestVerdict().get("stage").asText()).isEqualTo("FIRST_MILE");
            assertThat(d.transitions()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.get("cause").asText()).isEqualTo("INGEST"))
                    .allSatisfy(t -> assertThat(t.get("shipment").asText()).isEqualTo("o-1"))
                    .extracting(t -> t.get("field").asText()).contains("STATUS", "STAGE");
            assertThat(d.transitions()).allSatisfy(t -> assertThat(t.get("from").isNull()).isTrue());
            assertThat(d.notices()).isEmpty();
        }
    }

    @Test
    void aCustomsHoldPastTheGraceIsToldOnceByPunctuationWithoutANewEvent() {
        try (Driver d = driver(AWAKE, "2026-11-12T10:00:00Z")) {
            d.pipe(Journeys.order("o-1").event(Journeys.pickedUp()).event(Journeys.departed())
                    .event(Journeys.arrived()).event(Journeys.held("2026-11-12T11:00:00+01:00")).build());
            assertThat(d.latestVerdict().get("exception").asText()).isEqualTo("CUSTOMS_HOLD");
            d.advance(Duration.ofHours(47), HOUR);
            assertThat(d.noticeKinds()).doesNotContain("EXCEPTION");
            d.advance(Duration.ofHours(4), HOUR);
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("EXCEPTION")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.get("audience").asText()).isEqualTo("BUYER");
                        assertThat(n.get("language").asText()).isEqualTo("de");
                        assertThat(n.get("body").asText()).isNotBlank();
                        assertThat(n.get("verdict").get("exception").asText()).isEqualTo("CUSTOMS_HOLD");
                        assertThat(Instant.parse(n.get("at").asText()))
                                .isAfterOrEqualTo(Instant.parse("2026-11-14T10:00:00Z"));
                    });
            d.advance(Duration.ofDays(2), HOUR);
            assertThat(d.noticeKinds()).containsOnlyOnce("EXCEPTION");
        }
    }

    @Test
    void aCustomsHoldThatClearsWithinTheGraceSaysNothing() {
        try (Driver d = driver(AWAKE, "2026-11-12T10:00:00Z")) {
            var journey = Journeys.order("o-1").event(Journeys.pickedUp()).event(Journeys.departed())
                    .event(Journeys.arrived()).event(Journeys.held("2026-11-12T11:00:00+01:00"));
            d.pipe(journey.build());
            d.advance(Duration.ofHours(24), HOUR);
            d.pipe(journey.event(Journeys.event("2026-11-13T10:00:00+01:00", EventCode.IMPORT_CLEARED, "Frankfurt"))
                    .build());
            assertThat(d.latestVerdict().get("exception").asText()).isEqualTo("NONE");
            d.advance(Duration.ofDays(2), HOUR);
            assertThat(d.noticeKinds()).doesNotContain("EXCEPTION");
        }
    }

    @Test
    void aBuyerNoticeDecidedAtNightInBerlinGoesOutAtTheFirstPunctuationAfterEight() {
        try (Driver d = driver(NoticePolicy.defaults(), "2026-11-14T22:30:00Z")) {    // 23:30 in Berlin
            d.pipe(Journeys.order("o-1").event(Journeys.pickedUp())
                    .event(Journeys.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin")).build());
            assertThat(d.notices()).isEmpty();
            d.advance(Duration.ofMinutes(8 * 60 + 29), Duration.ofMinutes(1));     // to 06:59 UTC, 07:59 in Berlin
            assertThat(d.notices()).isEmpty();
            d.advance(Duration.ofMinutes(2), Duration.ofMinutes(1));
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("EXCEPTION")).singleElement()
                    .satisfies(n -> assertThat(n.get("at").asText()).isEqualTo("2026-11-14T22:30:00Z"));
            // everything decided in the night (the ETA moved at a later look too) waited for the morning
            assertThat(d.notices()).allSatisfy(n -> assertThat(n.get("sendAfter").asText())
                    .isEqualTo("2026-11-15T07:00:00Z"));
        }
    }

    @Test
    void aParcelThatGoesSilentIsReportedToTheShopByTheWallClockAlone() {
        try (Driver d = driver(AWAKE, "2026-11-07T12:00:00Z")) {
            d.pipe(Journeys.order("o-1").event(Journeys.pickedUp()).event(Journeys.departed()).build());
            assertThat(d.latestVerdict().get("exception").asText()).isEqualTo("NONE");
            d.advance(Duration.ofDays(20), HOUR);
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("SILENT")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.get("audience").asText()).isEqualTo("SHOP");
                        assertThat(n.get("verdict").get("exception").asText()).isEqualTo("STALLED");
                    });
            assertThat(d.transitions()).filteredOn(t -> t.get("field").asText().equals("EXCEPTION"))
                    .anySatisfy(t -> {
                        assertThat(t.get("to").asText()).isEqualTo("STALLED");
                        assertThat(t.get("cause").asText()).isEqualTo("TIME");
                    });
        }
    }

    @Test
    void deliveredLateAndLostTellTheBuyer() {
        try (Driver d = driver(AWAKE, "2026-11-21T12:00:00Z")) {
            d.pipe(Journeys.order("late").event(Journeys.pickedUp())
                    .event(Journeys.event("2026-11-20T15:00:00+01:00", EventCode.DELIVERED, "Berlin")).build());
            d.pipe(Journeys.order("lost").event(Journeys.pickedUp()).event(Journeys.departed())
                    .event(Journeys.event("2026-11-19T15:00:00+01:00", EventCode.LOST, "Frankfurt")).build());
            assertThat(d.notices()).extracting(n -> n.get("shipment").asText() + ":" + n.get("kind").asText()
                    + ":" + n.get("audience").asText()).contains("late:DELIVERED_LATE:BUYER", "lost:LOST:BUYER");
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("DELIVERED_LATE")).singleElement()
                    .satisfies(n -> assertThat(n.get("verdict").get("status").asText()).isEqualTo("DELIVERED_LATE"));
        }
    }

    @Test
    void aBuyerWhoSaysItNeverCameNeedsAPerson() {
        try (Driver d = driver(AWAKE, "2026-11-18T12:00:00Z")) {
            var delivered = Journeys.order("o-1").event(Journeys.pickedUp())
                    .event(Journeys.event("2026-11-16T15:00:00+01:00", EventCode.DELIVERED, "Berlin"));
            d.pipe(delivered.build());
            assertThat(d.noticeKinds()).doesNotContain("NEEDS_PERSON");
            d.pipe(delivered.report(CustomerReport.of(Instant.parse("2026-11-18T11:00:00Z"), ReportType.NOT_RECEIVED))
                    .build());
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("NEEDS_PERSON")).singleElement()
                    .satisfies(n -> assertThat(n.get("audience").asText()).isEqualTo("SHOP"));
        }
    }

    @Test
    void aClaimIsDueToTheShopWithinTheLeadTimeOfItsDeadlineOnce() {
        try (Driver d = driver(AWAKE, "2026-11-21T12:00:00Z")) {
            d.pipe(Journeys.order("lost").event(Journeys.pickedUp()).event(Journeys.departed())
                    .event(Journeys.event("2026-11-19T15:00:00+01:00", EventCode.LOST, "Frankfurt")).build());
            LocalDate deadline = LocalDate.parse(d.latestVerdict().get("claim").get("deadline").asText());
            assertThat(d.noticeKinds()).doesNotContain("CLAIM_DUE");
            Duration toLead = Duration.between(Instant.parse("2026-11-21T12:00:00Z"),
                    deadline.minusDays(7).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
            d.advance(toLead.minusDays(1), Duration.ofHours(6));
            assertThat(d.noticeKinds()).doesNotContain("CLAIM_DUE");
            d.advance(Duration.ofDays(5), Duration.ofHours(6));
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("CLAIM_DUE")).singleElement()
                    .satisfies(n -> assertThat(n.get("audience").asText()).isEqualTo("SHOP"));
        }
    }

    @Test
    void theWeeklyCapHoldsBackASecondExceptionButNeverALoss() {
        for (int cap : new int[] {1, 3}) {
            try (Driver d = driver(AWAKE.withWeeklyCap(cap), "2026-11-14T12:00:00Z")) {
                var journey = Journeys.order("o-1").event(Journeys.pickedUp())
                        .event(Journeys.event("2026-11-14T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin"));
                d.pipe(journey.build());
                d.advance(Duration.ofDays(1), HOUR);
                journey.event(Journeys.event("2026-11-15T10:00:00+01:00", EventCode.AVAILABLE_FOR_PICKUP, "Berlin"));
                d.pipe(journey.build());
                d.advance(Duration.ofDays(1), HOUR);
                d.pipe(journey.event(Journeys.event("2026-11-16T10:00:00+01:00", EventCode.LOST, "Berlin")).build());
                assertThat(d.noticeKinds()).as("cap " + cap).filteredOn("EXCEPTION"::equals).hasSize(cap == 1 ? 1 : 2);
                assertThat(d.noticeKinds()).as("cap " + cap).containsOnlyOnce("LOST");
            }
        }
    }

    @Test
    void anEtaPastThePromiseByADayTellsTheBuyer() {
        try (Driver d = driver(AWAKE, "2026-11-09T12:00:00Z")) {
            var journey = Journeys.order("o-1").event(Journeys.pickedUp()).event(Journeys.departed())
                    .event(Journeys.arrived());
            d.pipe(journey.build());
            LocalDate before = LocalDate.parse(d.latestVerdict().get("eta").get("likely").asText());
            assertThat(before).isBeforeOrEqualTo(LocalDate.parse("2026-11-18"));
            d.advance(Duration.ofDays(10), HOUR);                 // nothing more from the carrier: the ETA moves
            assertThat(d.notices()).filteredOn(n -> n.get("kind").asText().equals("ETA_CHANGED")).isNotEmpty()
                    .allSatisfy(n -> assertThat(LocalDate.parse(n.get("verdict").get("eta").get("likely").asText()))
                            .isAfterOrEqualTo(LocalDate.parse("2026-11-19")));
        }
    }
}
