package dev.waybill.delay;

import static dev.waybill.delay.Lanes.NOW;
import static dev.waybill.delay.Lanes.parcel;
import static dev.waybill.shipment.EventCode.ARRIVED_DESTINATION;
import static dev.waybill.shipment.EventCode.DEPARTED_ORIGIN;
import static dev.waybill.shipment.EventCode.IMPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IMPORT_HELD;
import static dev.waybill.shipment.EventCode.IN_TRANSIT;
import static dev.waybill.shipment.EventCode.PICKED_UP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cause precedence: an explicit event reason, then a registered disruption, then a peak season,
 * then the carrier for unexplained silence, else unknown.
 */
class CausePrecedenceTest {

    /** Departed 14 Nov, silent six days in a linehaul that allows four: stalled. */
    private static final Shipment STALLED_IN_LINEHAUL = parcel()
            .event("2026-11-13T12:00:00Z", PICKED_UP)
            .event("2026-11-14T12:00:00Z", DEPARTED_ORIGIN).build();

    private static final PeakSeason LINEHAUL_PEAK = new PeakSeason("test peak",
            new PeakWindow.Fixed(MonthDay.of(11, 10), MonthDay.of(11, 25)), List.of(), List.of(),
            Set.of(Stage.LINEHAUL), 2, Basis.DEFAULT, "test");

    private static final Disruption TYPHOON = new Disruption("typhoon", DisruptionKind.WEATHER,
            List.of(Place.parse("CN")), Optional.empty(), Optional.empty(),
            DateRange.of(LocalDate.parse("2026-11-13"), LocalDate.parse("2026-11-22")), Set.of(Stage.LINEHAUL), 3,
            "typhoon over the South China Sea");

    private static Verdict assess(Shipment shipment, PeakCalendar peaks, List<Disruption> disruptions) {
        return VerdictEngine.builder(Lanes.PROFILES).peakCalendar(peaks).disruptions(disruptions).build()
                .assess(shipment, NOW, ZoneOffset.UTC);
    }

    @Test
    void unexplainedSilenceIsBlamedOnTheCarrier() {
        assertThat(assess(STALLED_IN_LINEHAUL, PeakCalendar.NONE, List.of()).cause()).isEqualTo(Cause.CARRIER);
    }

    @Test
    void aPeakSeasonExplainsSilenceBeforeTheCarrierIsBlamed() {
        Verdict verdict = assess(STALLED_IN_LINEHAUL, PeakCalendar.of(List.of(LINEHAUL_PEAK)), List.of());

        assertThat(verdict.exception()).isEqualTo(ExceptionType.STALLED);
        assertThat(verdict.cause()).isEqualTo(Cause.PEAK_SEASON);
    }

    @Test
    void aRegisteredDisruptionExplainsSilenceBeforeAPeakSeason() {
        Verdict verdict = assess(STALLED_IN_LINEHAUL, PeakCalendar.of(List.of(LINEHAUL_PEAK)), List.of(TYPHOON));

        assertThat(verdict.cause()).isEqualTo(Cause.DISRUPTION);
    }

    @Test
    void theCarriersOwnReasonComesBeforeEverythingElse() {
        Shipment congested = parcel().event("2026-11-13T12:00:00Z", PICKED_UP)
                .event("2026-11-14T12:00:00Z", DEPARTED_ORIGIN)
                .event("2026-11-14T18:00:00Z", IN_TRANSIT, Reason.CAPACITY).build();

        Verdict verdict = assess(congested, PeakCalendar.NONE, List.of(TYPHOON));

        assertThat(verdict.cause()).isEqualTo(Cause.CARRIER);
        assertThat(assess(congested, PeakCalendar.of(List.of(LINEHAUL_PEAK)), List.of()).cause())
                .as("short capacity during a peak season is the peak")
                .isEqualTo(Cause.PEAK_SEASON);
    }

    @Test
    void anEarlierCustomsHoldExplainsALateParcelBeforeADisruption() {
        Shipment late = parcel().promisedBy("2026-11-19")
                .event("2026-11-10T12:00:00Z", PICKED_UP)
                .event("2026-11-11T12:00:00Z", DEPARTED_ORIGIN)
                .event("2026-11-13T12:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-14T12:00:00Z", IMPORT_HELD, Reason.INSPECTION)
                .event("2026-11-19T12:00:00Z", IMPORT_CLEARED).build();

        Verdict verdict = assess(late, PeakCalendar.NONE, List.of(TYPHOON));

        assertThat(verdict.status()).isEqualTo(Status.DELAYED);
        assertThat(verdict.cause()).isEqualTo(Cause.CUSTOMS);
    }

    @Test
    void aPeakSeasonThatBeganAfterTheParcelWentSilentDoesNotExplainIt() {
        PeakSeason later = new PeakSeason("later peak", new PeakWindow.Fixed(MonthDay.of(11, 19),
                MonthDay.of(11, 30)), List.of(), List.of(), Set.of(Stage.LINEHAUL), 2, Basis.DEFAULT, "test");

        assertThat(assess(STALLED_IN_LINEHAUL, PeakCalendar.of(List.of(later)), List.of()).cause())
                .isEqualTo(Cause.CARRIER);
    }

    @Test
    void aDisruptionOnAnotherLaneIsIgnored() {
        Disruption elsewhere = new Disruption("strike", DisruptionKind.STRIKE, List.of(Place.parse("FR")),
                Optional.empty(), Optional.empty(), TYPHOON.window(), Set.of(Stage.LINEHAUL, Stage.LAST_MILE), 4,
                "port strike");

        assertThat(assess(STALLED_IN_LINEHAUL, PeakCalendar.NONE, List.of(elsewhere)).cause())
                .isEqualTo(Cause.CARRIER);
    }

    @Test
    void aDisruptionAheadOfAnOtherwiseOnTrackParcelMakesItAtRiskAndWidensTheEta() {
        Shipment moving = parcel().event("2026-11-18T02:00:00Z", PICKED_UP)
                .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN).build();
        Disruption lastMileStorm = new Disruption("storm", DisruptionKind.WEATHER, List.of(Place.parse("US")),
                Optional.empty(), Optional.empty(),
                DateRange.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-28")),
                Set.of(Stage.LAST_MILE), 3, "winter storm in the Midwest");

        Verdict calm = assess(moving, PeakCalendar.NONE, List.of());
        Verdict stormy = assess(moving, PeakCalendar.NONE, List.of(lastMileStorm));

        assertThat(calm.status()).isEqualTo(Status.ON_TRACK);
        assertThat(stormy.status()).isEqualTo(Status.AT_RISK);
        assertThat(stormy.cause()).isEqualTo(Cause.DISRUPTION);
        assertThat(stormy.actions()).contains(Action.NOTIFY_CUSTOMER);
        assertThat(stormy.eta().orElseThrow().likely()).isEqualTo(calm.eta().orElseThrow().likely().plusDays(3));
        assertThat(stormy.eta().orElseThrow().latest()).isEqualTo(calm.eta().orElseThrow().latest().plusDays(3));
        assertThat(stormy.eta().orElseThrow().earliest()).isEqualTo(calm.eta().orElseThrow().earliest());
    }

    @Test
    void aLaneDisruptionTouchesOnlyThatLane() {
        Disruption lane = new Disruption("cn-us", DisruptionKind.CONGESTION, List.of(), Lanes.CN, Lanes.US,
                TYPHOON.window(), Set.of(Stage.LINEHAUL), 5, "LA port congestion");
        // the fallback profile that judges CN-DE allows 7 silent days in linehaul; 9 have passed
        Shipment toGermany = Lanes.parcel(Lanes.CN, Lanes.DE, Mode.AIR).event("2026-11-10T12:00:00Z", PICKED_UP)
                .event("2026-11-11T12:00:00Z", DEPARTED_ORIGIN).build();

        assertThat(assess(STALLED_IN_LINEHAUL, PeakCalendar.NONE, List.of(lane)).cause())
                .isEqualTo(Cause.DISRUPTION);
        assertThat(assess(toGermany, PeakCalendar.NONE, List.of(lane)).cause()).isEqualTo(Cause.CARRIER);
    }
}
