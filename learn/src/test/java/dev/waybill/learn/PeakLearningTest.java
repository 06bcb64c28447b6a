package dev.waybill.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waybill.delay.Basis;
import dev.waybill.delay.DateRange;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.PeakDays;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.PeakWindow;
import dev.waybill.delay.Place;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Peak parcels learned apart from the normal ones, on small hand-computed histories. */
class PeakLearningTest {

    private static final ZoneOffset BRT = ZoneOffset.ofHours(-3);
    private static final Lane CORREIOS = new Lane(CountryCode.parse("BR"), CountryCode.parse("BR"), Mode.ROAD,
            "correios");

    /** One season, 1 to 24 December for BR, 3 days on every domestic stage. */
    private static final PeakCalendar DECEMBER = PeakCalendar.of(List.of(new PeakSeason("December run",
            new PeakWindow.Fixed(java.time.MonthDay.of(12, 1), java.time.MonthDay.of(12, 24)), List.of(),
            List.of(Place.parse("BR")), Set.of(Stage.FIRST_MILE, Stage.LINEHAUL, Stage.LAST_MILE), 3,
            Basis.DEFAULT, "test")));

    /**
     * 40 normal parcels of exactly 5 days picked up in March to May 2025, and {@code peak} parcels
     * of exactly 9 days picked up on 5 December 2025.
     */
    private static List<Shipment> history(int peak) {
        List<Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            shipments.add(TransitLearnerTest.delivered("n" + i, CORREIOS,
                    OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, BRT).plusDays(2L * i), 5));
        }
        for (int i = 0; i < peak; i++) {
            shipments.add(TransitLearnerTest.delivered("p" + i, CORREIOS,
                    OffsetDateTime.of(2025, 12, 5, 10, 0, 0, 0, BRT).plusMinutes(i), 9));
        }
        return shipments;
    }

    private static TransitLearner learner() {
        return TransitLearner.builder().peakCalendar(DECEMBER).build();
    }

    @Test
    void peakParcelsAreLearnedApartAndTheirExtraDaysShrunkTowardTheCalendarByCount() {
        LearnedProfiles learned = learner().learn(history(40));
        TransitProfile profile = profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS");
        // the normal figures see only the 5-day parcels: a 9-day parcel in them would move the median
        LearnedProfiles.LaneFigures figures = learned.lanes().stream()
                .filter(lane -> lane.id().equals(profile.id())).findFirst().orElseThrow();
        assertThat(figures.stages().get(Stage.FIRST_MILE).median()).isCloseTo(5.0, within(0.01));
        assertThat(figures.to().orElseThrow()).isBefore(java.time.LocalDate.of(2025, 6, 1));
        // medians 9 and 5: +4 from 40 parcels, shrunk toward the calendar's 3 worth 20: (40*4 + 20*3) / 60
        PeakDays peak = profile.peakDays().orElseThrow();
        assertThat(peak.extraDays()).isCloseTo(3.67, within(0.005));
        assertThat(peak.deliveries()).isEqualTo(40);
        assertThat(peak.source()).contains("40 peak parcels picked up 2025-12-05 to 2025-12-05")
                .contains("December run");
        assertThat(profile.source()).contains("learned peak days +3.67 from 40 peak parcels");
        // every promise band judges with the lane's peak days too
        profile.promiseBands().forEach(band -> assertThat(band.profile().peakDays()).isEqualTo(profile.peakDays()));
    }

    @Test
    void belowTheMinimumCountTheCalendarDaysStayAndTheSourceSaysSo() {
        LearnedProfiles learned = learner().learn(history(29));
        TransitProfile profile = profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS");
        assertThat(profile.peakDays()).isEmpty();
        assertThat(profile.source()).contains("29 parcels whose transit touched December run learned apart")
                .contains("the peak calendar's days apply (fewer than 30 peak parcels)");
        // still apart: the normal median stays at 5
        assertThat(learned.lanes().get(1).stages().get(Stage.FIRST_MILE).median()).isCloseTo(5.0, within(0.01));
        // a lower minimum learns them: (29*4 + 20*3) / 49
        TransitProfile lower = profile(TransitLearner.builder().peakCalendar(DECEMBER).minPeakDeliveries(29).build()
                .learn(history(29)), "LEARNED-BR-BR-ROAD-CORREIOS");
        assertThat(lower.peakDays().orElseThrow().extraDays()).isCloseTo(3.59, within(0.005));
    }

    @Test
    void aHistoryWithoutPeakParcelsSaysTheCalendarApplies() {
        TransitProfile profile = profile(learner().learn(history(0)), "LEARNED-BR-BR-ROAD-CORREIOS");
        assertThat(profile.peakDays()).isEmpty();
        assertThat(profile.source()).contains("no parcel's transit touched a peak season: the peak calendar's days apply");
    }

    @Test
    void theVerdictAddsTheLearnedPeakDaysInsteadOfTheCalendars() {
        TransitProfile learned = profile(learner().learn(history(40)), "LEARNED-BR-BR-ROAD-CORREIOS");
        TransitProfile calendarOnly = new TransitProfile(learned.id(), learned.match(), learned.stages(),
                learned.pickupAllowanceDays(), learned.loss(), learned.basis(), learned.source());
        // picked up on 10 December, judged the same day: the journey lies in the December run
        Shipment parcel = Shipment.builder("x", CORREIOS)
                .event(TrackingEvent.of(OffsetDateTime.of(2025, 12, 10, 9, 0, 0, 0, BRT), EventCode.PICKED_UP)).build();
        Instant now = OffsetDateTime.of(2025, 12, 10, 12, 0, 0, 0, BRT).toInstant();

        Verdict withLearned = engine(learned).assess(parcel, now, BRT);
        Verdict withCalendar = engine(calendarOnly).assess(parcel, now, BRT);

        // 3.67 learned days round to 4, one more than the calendar's 3
        assertThat(withLearned.eta().orElseThrow().likely()).isEqualTo(withCalendar.eta().orElseThrow().likely().plusDays(1));
        assertThat(String.join("\n", withLearned.explanation()))
                .contains("peak season December run (" + DateRange.of(java.time.LocalDate.of(2025, 12, 1),
                        java.time.LocalDate.of(2025, 12, 24)) + ") touches the journey: +4 days expected (learned peak days:")
                .contains("plus 4 days expected for peak seasons");
        assertThat(String.join("\n", withCalendar.explanation())).contains("+3 days expected")
                .doesNotContain("(learned peak days:");
    }

    private static VerdictEngine engine(TransitProfile profile) {
        TransitProfiles profiles = TransitPolicies.defaultProfiles().withOverrides(List.of(profile));
        return VerdictEngine.builder(profiles).peakCalendar(DECEMBER).build();
    }

    private static TransitProfile profile(LearnedProfiles learned, String id) {
        return learned.profiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
