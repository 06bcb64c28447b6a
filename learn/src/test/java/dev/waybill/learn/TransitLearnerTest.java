package dev.waybill.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waybill.delay.Basis;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitLearnerTest {

    private static final ZoneOffset BRT = ZoneOffset.ofHours(-3);
    private static final Lane CORREIOS = new Lane(CountryCode.parse("BR"), CountryCode.parse("BR"), Mode.ROAD,
            "correios");
    private static final Lane JADLOG = CORREIOS.withCarrier("jadlog");

    static Shipment delivered(String id, Lane lane, OffsetDateTime pickup, double days) {
        return Shipment.builder(id, lane)
                .event(TrackingEvent.of(pickup.minusHours(20), EventCode.LABEL_CREATED))
                .event(TrackingEvent.of(pickup, EventCode.PICKED_UP))
                .event(TrackingEvent.of(pickup.plusMinutes(Math.round(days * 24 * 60)), EventCode.DELIVERED))
                .promisedBy(pickup.toLocalDate().plusDays(20)).build();
    }

    /**
     * {@code n} deliveries on {@code lane}, uniform between 4 and 8 days, picked up over January to
     * October 2025 (delivered before Black Friday: no peak parcels, which are learned apart).
     */
    static List<Shipment> history(Lane lane, int n, long seed) {
        Random random = new Random(seed);
        List<Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OffsetDateTime pickup = OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, BRT).plusHours(random.nextInt(300 * 24));
            shipments.add(delivered(lane.carrier().orElseThrow() + i, lane, pickup, 4 + 4 * random.nextDouble()));
        }
        return shipments;
    }

    @Test
    void aBusyLaneIsLearnedFromItsOwnDeliveries() {
        LearnedProfiles learned = TransitLearner.builder().build().learn(history(CORREIOS, 1_000, 1));
        TransitProfile correios = profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS");
        assertThat(correios.basis()).isEqualTo(Basis.LEARNED);
        assertThat(correios.match().carrier()).hasValue("correios");
        assertThat(correios.timing(Stage.FIRST_MILE).p50()).isCloseTo(6.0, within(0.3));
        // the calibrated window holds about 80%: uniform on [4, 8] gives about [4.4, 7.6]
        assertThat(correios.timing(Stage.FIRST_MILE).p10()).isCloseTo(4.4, within(0.5));
        assertThat(correios.timing(Stage.FIRST_MILE).p90()).isCloseTo(7.6, within(0.5));
        // no scans between pickup and delivery: the whole transit is the first mile as the engine reads it
        assertThat(correios.timing(Stage.LINEHAUL).p90()).isZero();
        assertThat(correios.timing(Stage.LAST_MILE).p90()).isZero();
        assertThat(correios.source()).contains("learned from 1000 deliveries").contains("picked up 2025-01-");
    }

    @Test
    void aLaneWithOneDeliveryBorrowsAlmostAllFromItsWiderLane() {
        List<Shipment> shipments = new ArrayList<>(history(CORREIOS, 1_000, 2));
        shipments.add(delivered("j1", JADLOG, OffsetDateTime.of(2025, 10, 20, 10, 0, 0, 0, BRT), 30));
        LearnedProfiles learned = TransitLearner.builder().heldBackEvery(1_000_000).build().learn(shipments);
        double wider = profile(learned, "LEARNED-BR-BR-ROAD").timing(Stage.FIRST_MILE).p50();
        double jadlog = profile(learned, "LEARNED-BR-BR-ROAD-JADLOG").timing(Stage.FIRST_MILE).p50();
        // (1 * 30 + 20 * wider) / 21, within rounding
        assertThat(jadlog).isCloseTo((30 + 20 * wider) / 21, within(0.02));
    }

    @Test
    void aLaneWithNoHistoryKeepsTheBundledProfile() {
        LearnedProfiles learned = TransitLearner.builder().build().learn(history(CORREIOS, 50, 3));
        TransitProfiles merged = TransitPolicies.defaultProfiles().withOverrides(learned.profiles());
        Lane chinaToGermany = new Lane(CountryCode.parse("CN"), CountryCode.parse("DE"), Mode.AIR, "yunexpress");
        assertThat(merged.profileFor(chinaToGermany).basis()).isNotEqualTo(Basis.LEARNED);
        assertThat(merged.profileFor(CORREIOS).id()).isEqualTo("LEARNED-BR-BR-ROAD-CORREIOS");
    }

    @Test
    void undeliveredParcelsAreCensoredNotLearnedAsFast() {
        List<Shipment> shipments = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, BRT);
        for (int i = 0; i < 60; i++) {
            shipments.add(delivered("fast" + i, CORREIOS, start.plusHours(i), 2));
        }
        for (int i = 0; i < 60; i++) {
            shipments.add(Shipment.builder("open" + i, CORREIOS)
                    .event(TrackingEvent.of(start.plusHours(i), EventCode.PICKED_UP)).build());
        }
        // the history ends 30 days after the pickups, with half the parcels still on their way
        shipments.add(delivered("last", CORREIOS, start.plusDays(28), 2));
        TransitLearner learner = TransitLearner.builder().heldBackEvery(1_000_000).priorStrength(0).build();
        TransitLearner.Session session = learner.session();
        shipments.forEach(session::add);
        LearnedProfiles learned = session.result();
        TransitProfile correios = profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS");
        // half delivered in 2 days, half not after 30: the 90th percentile is not 2 days
        assertThat(correios.timing(Stage.FIRST_MILE).p50()).isCloseTo(2.0, within(0.05));
        assertThat(correios.timing(Stage.FIRST_MILE).p90()).isGreaterThan(20);
        assertThat(learned.lanes().get(1).open()).isEqualTo(60);
    }

    @Test
    void contradictoryRecordsAreDroppedWithACountAndBendNothing() {
        List<Shipment> shipments = new ArrayList<>(history(CORREIOS, 500, 4));
        OffsetDateTime pickup = OffsetDateTime.of(2025, 6, 1, 10, 0, 0, 0, BRT);
        shipments.add(delivered("backwards", CORREIOS, pickup, -3));
        shipments.add(delivered("year", CORREIOS, pickup.minusYears(2), 400));
        LearnedProfiles with = TransitLearner.builder().build().learn(shipments);
        LearnedProfiles without = TransitLearner.builder().build().learn(history(CORREIOS, 500, 4));
        assertThat(with.droppedCount()).isEqualTo(2);
        assertThat(with.dropped()).containsEntry("delivered before pickup", 1L)
                .containsEntry("transit over 365 days", 1L);
        assertThat(profile(with, "LEARNED-BR-BR-ROAD-CORREIOS").timing(Stage.FIRST_MILE))
                .isEqualTo(profile(without, "LEARNED-BR-BR-ROAD-CORREIOS").timing(Stage.FIRST_MILE));
    }

    @Test
    void theLearnedFileIsReadByProfilesAndTheVerdictNamesItsBasis(@TempDir Path dir) throws IOException {
        LearnedProfiles learned = TransitLearner.builder().build().learn(history(CORREIOS, 300, 5));
        Path file = Files.writeString(dir.resolve("learned.json"), learned.toJson());
        TransitProfiles profiles = TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(), file);
        assertThat(profiles.profileFor(CORREIOS)).isEqualTo(profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS"));
        VerdictEngine engine = DefaultPolicies.verdictEngine().profiles(profiles).build();
        Shipment open = Shipment.builder("o", CORREIOS).event(TrackingEvent.of(
                OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0, BRT), EventCode.PICKED_UP)).build();
        Verdict verdict = engine.assess(open, Instant.parse("2026-02-02T20:00:00Z"), BRT);
        assertThat(verdict.explanation().get(0)).startsWith(
                "judged against transit profile LEARNED-BR-BR-ROAD-CORREIOS (learned: learned from 300 deliveries");
        assertThat(verdict.eta()).isPresent();
    }

    /**
     * 600 parcels promised 10 days after the label that take 2 to 4 days, and 600 promised 30 days
     * after it that take 8 to 12: a lane of near and far destinations, told apart by the promise.
     */
    static List<Shipment> nearAndFar() {
        Random random = new Random(6);
        List<Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            boolean far = i % 2 == 1;
            OffsetDateTime pickup = OffsetDateTime.of(2025, 1, 1, 10, 0, 0, 0, BRT).plusHours(random.nextInt(300 * 24));
            double days = far ? 8 + 4 * random.nextDouble() : 2 + 2 * random.nextDouble();
            shipments.add(delivered("p" + i, CORREIOS, pickup, days).toBuilder()
                    .promisedBy(pickup.minusHours(20).toLocalDate().plusDays(far ? 30 : 10)).build());
        }
        return shipments;
    }

    @Test
    void parcelsPromisedLaterAreLearnedApartInPromiseBands() {
        LearnedProfiles learned = TransitLearner.builder().build().learn(nearAndFar());
        TransitProfile correios = profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS");
        // half the deliveries promised 9-11 days (bin 9-11), half 30-32 (bin 30-32): the running count
        // reaches 1/5 and 2/5 at the first bin, 3/5 and 4/5 at the second
        assertThat(correios.promiseBands()).extracting(b -> b.profile().id()).containsExactly(
                "LEARNED-BR-BR-ROAD-CORREIOS/PROMISED-0-11D", "LEARNED-BR-BR-ROAD-CORREIOS/PROMISED-12-32D");
        TransitProfile near = correios.promiseBands().get(0).profile();
        TransitProfile far = correios.promiseBands().get(1).profile();
        assertThat(near.timing(Stage.FIRST_MILE).p50()).isCloseTo(3.0, within(0.5));
        assertThat(far.timing(Stage.FIRST_MILE).p50()).isCloseTo(10.0, within(0.5));
        // each band's window is calibrated on its own held-back parcels: about [2.2, 3.8] and [8.4, 11.6]
        assertThat(near.timing(Stage.FIRST_MILE).p90()).isLessThan(4.5);
        assertThat(far.timing(Stage.FIRST_MILE).p10()).isGreaterThan(7.5);
        assertThat(near.source()).startsWith("learned from 600 deliveries promised 0 to 11 days after the label");
        assertThat(correios.source()).contains("by promised lead in 2 promise bands");
        assertThat(learned.lanes().get(1).bands()).extracting(LearnedProfiles.BandFigures::deliveries)
                .containsExactly(600L, 600L);
    }

    @Test
    void promiseBandsAreReadBackByProfilesAndTheVerdictNamesTheBand(@TempDir Path dir) throws IOException {
        LearnedProfiles learned = TransitLearner.builder().build().learn(nearAndFar());
        Path file = Files.writeString(dir.resolve("learned.json"), learned.toJson());
        TransitProfiles profiles = TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(), file);
        assertThat(profiles.profileFor(CORREIOS)).isEqualTo(profile(learned, "LEARNED-BR-BR-ROAD-CORREIOS"));
        VerdictEngine engine = DefaultPolicies.verdictEngine().profiles(profiles).build();
        OffsetDateTime pickup = OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0, BRT);
        Shipment far = Shipment.builder("o", CORREIOS).event(TrackingEvent.of(pickup, EventCode.PICKED_UP))
                .promisedBy(pickup.toLocalDate().plusDays(30)).build();
        Verdict verdict = engine.assess(far, Instant.parse("2026-02-02T20:00:00Z"), BRT);
        assertThat(verdict.explanation().get(0)).startsWith("judged against transit profile"
                + " LEARNED-BR-BR-ROAD-CORREIOS/PROMISED-12-32D (learned: learned from 600 deliveries promised 12 to 32"
                + " days after the label");
        // about 10 days from the pickup day, not the lane's median of the near and far parcels
        assertThat(verdict.eta().orElseThrow().likely()).isBetween(pickup.toLocalDate().plusDays(9),
                pickup.toLocalDate().plusDays(11));
    }

    static TransitProfile profile(LearnedProfiles learned, String id) {
        return learned.profiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
