package dev.waybill.delay;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fixtures: a small, fully known set of transit profiles (so expectations can be worked by
 * hand) and a terse shipment builder.
 */
final class Lanes {

    static final CountryCode CN = CountryCode.of("CN");
    static final CountryCode US = CountryCode.of("US");
    static final CountryCode DE = CountryCode.of("DE");

    /**
     * CN to US by air: first mile 1/2/4 days (silent 3), export 0.5/1/2 (2), linehaul 1/3/6 (4),
     * import 0.5/1/3 (3), last mile 1/2/4 (3); pickup allowance 3 days; lost after 20 silent days.
     * p50 total 9 days, p90 total 19 days.
     */
    static final TransitProfile CN_US = new TransitProfile("TEST-CN-US",
            new LaneMatch(Place.parse("CN"), Place.parse("US"), Mode.AIR, false, Optional.empty(),
                    Optional.empty()),
            timings(StageTiming.of(1, 2, 4, 3), StageTiming.of(0.5, 1, 2, 2), StageTiming.of(1, 3, 6, 4),
                    StageTiming.of(0.5, 1, 3, 3), StageTiming.of(1, 2, 4, 3)),
            3, LossRule.afterSilence(20, "test: 20 silent days"), Basis.DEFAULT, "test");

    static final TransitProfiles PROFILES = TransitProfiles.of(fallbacksPlus(CN_US), List.of("dhl"));

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private Lanes() {
    }

    static Map<Stage, StageTiming> timings(StageTiming firstMile, StageTiming export, StageTiming linehaul,
                                           StageTiming importCustoms, StageTiming lastMile) {
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.FIRST_MILE, firstMile);
        stages.put(Stage.EXPORT_CUSTOMS, export);
        stages.put(Stage.LINEHAUL, linehaul);
        stages.put(Stage.IMPORT_CUSTOMS, importCustoms);
        stages.put(Stage.LAST_MILE, lastMile);
        return stages;
    }

    static List<TransitProfile> fallbacksPlus(TransitProfile... more) {
        List<TransitProfile> profiles = new java.util.ArrayList<>();
        for (Mode mode : Mode.values()) {
            Map<Stage, StageTiming> stages = timings(StageTiming.of(1, 2, 4, 3), StageTiming.of(1, 1, 3, 3),
                    StageTiming.of(2, 4, 9, 7), StageTiming.of(1, 2, 7, 6), StageTiming.of(1, 3, 8, 6));
            profiles.add(new TransitProfile("ANY-" + mode,
                    new LaneMatch(Place.ANY, Place.ANY, mode, false, Optional.empty(), Optional.empty()),
                    stages, 3, new LossRule(20, mode == Mode.ROAD ? 30 : 0, mode == Mode.ROAD ? 60 : 0, "test"),
                    Basis.DEFAULT, "test"));
            profiles.add(new TransitProfile("ANY-" + mode + "-DOMESTIC",
                    new LaneMatch(Place.ANY, Place.ANY, mode, true, Optional.empty(), Optional.empty()), stages, 2,
                    LossRule.afterSilence(10, "test"), Basis.DEFAULT, "test"));
        }
        profiles.addAll(List.of(more));
        return profiles;
    }

    static VerdictEngine engine() {
        return VerdictEngine.builder(PROFILES).build();
    }

    static Verdict assess(Shipment shipment) {
        return engine().assess(shipment, NOW, ZoneOffset.UTC);
    }

    static ParcelBuilder parcel() {
        return new ParcelBuilder(CN, US, Mode.AIR);
    }

    static ParcelBuilder parcel(CountryCode origin, CountryCode destination, Mode mode) {
        return new ParcelBuilder(origin, destination, mode);
    }

    /** A terse shipment builder: {@code parcel().event("2026-11-02T08:00:00+08:00", PICKED_UP)}. */
    static final class ParcelBuilder {
        private final Shipment.Builder builder;

        ParcelBuilder(CountryCode origin, CountryCode destination, Mode mode) {
            builder = Shipment.builder("order-1", Lane.of(origin, destination, mode));
        }

        ParcelBuilder event(String at, EventCode code) {
            builder.event(TrackingEvent.of(OffsetDateTime.parse(at), code));
            return this;
        }

        ParcelBuilder event(String at, EventCode code, Reason reason) {
            builder.event(TrackingEvent.builder(OffsetDateTime.parse(at), code).reason(reason).build());
            return this;
        }

        ParcelBuilder event(TrackingEvent event) {
            builder.event(event);
            return this;
        }

        ParcelBuilder carrierStatus(dev.waybill.shipment.CarrierStatus status) {
            builder.carrierStatus(status);
            return this;
        }

        ParcelBuilder promisedBy(String date) {
            builder.promisedBy(LocalDate.parse(date));
            return this;
        }

        ParcelBuilder shippedAt(String at) {
            builder.shippedAt(OffsetDateTime.parse(at));
            return this;
        }

        ParcelBuilder report(String at, ReportType type) {
            builder.report(CustomerReport.of(OffsetDateTime.parse(at).toInstant(), type));
            return this;
        }

        Shipment build() {
            return builder.build();
        }
    }
}
