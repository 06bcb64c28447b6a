package dev.waybill.delay;

import static dev.waybill.delay.Lanes.NOW;
import static dev.waybill.delay.Lanes.parcel;
import static dev.waybill.shipment.EventCode.ARRIVED_DESTINATION;
import static dev.waybill.shipment.EventCode.DELIVERED;
import static dev.waybill.shipment.EventCode.DELIVERY_FAILED;
import static dev.waybill.shipment.EventCode.DEPARTED_ORIGIN;
import static dev.waybill.shipment.EventCode.EXPORT_CLEARED;
import static dev.waybill.shipment.EventCode.EXPORT_HELD;
import static dev.waybill.shipment.EventCode.IMPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IMPORT_HELD;
import static dev.waybill.shipment.EventCode.LABEL_CREATED;
import static dev.waybill.shipment.EventCode.LOST;
import static dev.waybill.shipment.EventCode.PICKED_UP;
import static dev.waybill.shipment.EventCode.RETURN_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The explanation of a verdict, word for word: shops show it to their staff and parse nothing else. */
class ExplanationTest {

    private static final PeakSeason BLACK_FRIDAY = new PeakSeason("Thanksgiving week",
            new PeakWindow.AroundThanksgiving(-3, 4), List.of(), List.of(Place.parse("US")),
            Set.of(Stage.LINEHAUL, Stage.IMPORT_CUSTOMS, Stage.LAST_MILE), 2, Basis.DEFAULT, "test");

    private static final PeakSeason SINGLES_DAY = new PeakSeason("11.11",
            new PeakWindow.Fixed(MonthDay.of(11, 11), MonthDay.of(11, 18)), List.of(Place.parse("CN")), List.of(),
            Set.of(Stage.FIRST_MILE, Stage.EXPORT_CUSTOMS), 3, Basis.DEFAULT, "test");

    private static final PeakSeason YEAR_END = new PeakSeason("year end",
            new PeakWindow.Fixed(MonthDay.of(11, 25), MonthDay.of(1, 5)), List.of(), List.of(),
            Set.of(Stage.LAST_MILE), 1, Basis.DEFAULT, "test");

    private static final Disruption TYPHOON = new Disruption("typhoon", DisruptionKind.WEATHER,
            List.of(Place.parse("CN")), Optional.empty(), Optional.empty(),
            DateRange.of(LocalDate.parse("2026-11-13"), LocalDate.parse("2026-11-22")), Set.of(Stage.LINEHAUL), 3,
            "typhoon over the South China Sea");

    private static final VerdictEngine ENGINE = VerdictEngine.builder(Lanes.PROFILES)
            .peakCalendar(PeakCalendar.of(List.of(BLACK_FRIDAY, SINGLES_DAY, YEAR_END)))
            .disruptions(List.of(TYPHOON)).build();

    private static List<String> explain(Shipment shipment) {
        return ENGINE.assess(shipment, NOW, ZoneOffset.UTC).explanation();
    }

    @Test
    void aParcelInTheLinehaulNamesEverySeasonAndDisruptionItRunsInto() {
        assertThat(explain(parcel().promisedBy("2026-11-24")
                .event("2026-11-13T02:00:00Z", PICKED_UP)
                .event("2026-11-16T02:00:00Z", EXPORT_HELD)
                .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN).build())).containsExactly(
                "judged against transit profile TEST-CN-US (default) for lane CN-US AIR",
                "stage LINEHAUL since 2026-11-19 (DEPARTED_ORIGIN); 1 whole day since the latest event",
                "weather disruption 'typhoon' (typhoon over the South China Sea, 2026-11-13..2026-11-22)"
                        + " touches the journey: +3 days expected",
                "peak season Thanksgiving week (2026-11-23..2026-11-30) touches the journey: +2 days expected",
                "peak season 11.11 (2026-11-11..2026-11-18) touches the journey: +3 days expected (already past)",
                "peak season year end (2026-11-25..2027-01-05) touches the journey: +1 days expected",
                "ETA 2026-11-22 / 2026-12-01 / 2026-12-08 from the remaining stages plus 6 days expected for"
                        + " peak seasons and disruptions",
                "likely arrival 2026-12-01 is after the promised 2026-11-24: AT_RISK");
    }

    @Test
    void aSeasonOverTheNewYearIsNamedOnceWithItsWholeRange() {
        assertThat(explain(parcel().event("2026-11-19T02:00:00Z", PICKED_UP).build()))
                .filteredOn(line -> line.contains("year end")).containsExactly("peak season year end (2026-11-25..2027-01-05) touches the journey: +1 days expected");
    }

    @Test
    void aLateDeliveryAndTwoReportsSayHowLateAndWhoTakesOver() {
        assertThat(explain(parcel().promisedBy("2026-11-17")
                .event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-19T09:00:00-05:00", DELIVERED)
                .report("2026-11-19T20:00:00Z", ReportType.DAMAGED)
                .report("2026-11-20T08:00:00Z", ReportType.DAMAGED).build())).containsExactly(
                "judged against transit profile TEST-CN-US (default) for lane CN-US AIR",
                "stage DELIVERED since 2026-11-19 (DELIVERED); 0 whole days since the latest event",
                "peak season 11.11 (2026-11-11..2026-11-18) touches the journey: +3 days expected (already past)",
                "delivered on 2026-11-19, promised by 2026-11-17: 2 days late: DELIVERED_LATE",
                "the buyer reports damage: DAMAGED",
                "the buyer reported 2 times: hand over to a person");
    }

    @Test
    void lossesReturnsHoldsAndFailedAttemptsEachSayWhatHappenedAndWhen() {
        assertThat(explain(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-15T02:00:00Z", LOST).build())).endsWith(
                "last seen in FIRST_MILE: recover from FIRST_MILE_CARRIER",
                "the carrier declared the parcel lost on 2026-11-15: LOST");
        assertThat(explain(parcel().event("2026-10-01T02:00:00Z", PICKED_UP).build())).endsWith(
                "last seen in FIRST_MILE: recover from FIRST_MILE_CARRIER",
                "silent 50 days in FIRST_MILE, beyond the loss threshold of 20 (test: 20 silent days): LOST");
        assertThat(explain(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-17T02:00:00Z", DELIVERY_FAILED, Reason.ADDRESS)
                .event("2026-11-18T02:00:00Z", RETURN_TO_SENDER).build())).endsWith(
                "returning to the sender since 2026-11-18, cause ADDRESS: RETURNING");
        assertThat(explain(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-18T02:00:00+01:00", IMPORT_HELD, Reason.DUTIES).build())).contains(
                "destination customs hold since 2026-11-18 (DUTIES): CUSTOMS_HOLD");
        assertThat(explain(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-16T02:00:00Z", IMPORT_CLEARED)
                .event("2026-11-19T02:00:00Z", DELIVERY_FAILED).build())).contains(
                "a delivery attempt failed on 2026-11-19: DELIVERY_FAILED");
        assertThat(explain(parcel().event("2026-11-10T02:00:00Z", LABEL_CREATED).build())).contains(
                "only a label for 10 days, beyond the pickup allowance of 3: NOT_PICKED_UP");
    }

    @Test
    void aParcelWithoutAPromiseIsMeasuredAgainstTheLanesNormalWindow() {
        assertThat(explain(parcel(Lanes.CN, Lanes.DE, Mode.SEA).event("2026-09-01T02:00:00Z", PICKED_UP)
                .event("2026-11-10T02:00:00Z", DEPARTED_ORIGIN).build())).contains(
                "no promised date, and past the lane's normal window ending 2026-10-02: DELAYED");
    }

    @Test
    void theProfilesBasisIsWrittenTheSameWhateverTheDefaultLocale() {
        TransitProfile published = new TransitProfile("PUBLISHED-CN-US", Lanes.CN_US.match(), Lanes.CN_US.stages(),
                3, Lanes.CN_US.loss(), Basis.PUBLISHED, "test");
        VerdictEngine engine = VerdictEngine.builder(TransitProfiles.of(Lanes.fallbacksPlus(published), List.of()))
                .build();
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(engine.assess(parcel().event("2026-11-19T02:00:00Z", PICKED_UP).build(), NOW, ZoneOffset.UTC)
                    .explanation().get(0))
                    .isEqualTo("judged against transit profile PUBLISHED-CN-US (published) for lane CN-US AIR");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLearnedProfileIsNamedLearnedWithWhatItWasLearnedFrom() {
        TransitProfile learned = new TransitProfile("LEARNED-CN-US", Lanes.CN_US.match(), Lanes.CN_US.stages(),
                3, Lanes.CN_US.loss(), Basis.LEARNED, "learned from 412 deliveries picked up 2026-01-02 to 2026-09-30");
        VerdictEngine engine = VerdictEngine.builder(TransitProfiles.of(Lanes.fallbacksPlus(learned), List.of()))
                .build();
        assertThat(engine.assess(parcel().event("2026-11-19T02:00:00Z", PICKED_UP).build(), NOW, ZoneOffset.UTC)
                .explanation().get(0)).isEqualTo("judged against transit profile LEARNED-CN-US (learned: learned from"
                + " 412 deliveries picked up 2026-01-02 to 2026-09-30) for lane CN-US AIR");
    }

    @Test
    void theExplanationReadsAsAnUnmodifiableListOfItsLines() {
        Shipment shipment = parcel().promisedBy("2026-11-24").event("2026-11-19T02:00:00Z", PICKED_UP).build();
        Verdict verdict = ENGINE.assess(shipment, NOW, ZoneOffset.UTC);
        List<String> copy = List.copyOf(ENGINE.assess(shipment, NOW, ZoneOffset.UTC).explanation());

        assertThat(verdict.explanation()).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
        assertThat(copy).isEqualTo(verdict.explanation());
        assertThat(verdict).isEqualTo(new Verdict(verdict.id(), verdict.status(), verdict.stage(), verdict.exception(),
                verdict.cause(), verdict.daysLate(), verdict.eta(), verdict.silentDays(), verdict.recoverFrom(),
                verdict.evidence(), verdict.actions(), verdict.profile(), copy)).hasSameHashCodeAs(verdict);
        assertThat(verdict.explanation().indexOf(copy.get(1))).isEqualTo(1);
        assertThat(verdict.explanation().subList(1, 3)).isEqualTo(copy.subList(1, 3));
        assertThatThrownBy(() -> verdict.explanation().add("edited")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> verdict.explanation().contains(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void threadsReadingOneVerdictAtOnceReadTheSameLines() throws Exception {
        Shipment shipment = parcel().promisedBy("2026-11-24").event("2026-11-13T02:00:00Z", PICKED_UP)
                .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN).build();
        List<String> expected = List.copyOf(explain(shipment));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Verdict verdict = ENGINE.assess(shipment, NOW, ZoneOffset.UTC);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return List.copyOf(verdict.explanation());
                    }));
                }
                start.countDown();
                for (Future<List<String>> read : reads) {
                    assertThat(read.get()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
