package dev.waybill.policies.message;

import dev.waybill.Assessment;
import dev.waybill.delay.Action;
import dev.waybill.delay.Cause;
import dev.waybill.delay.Eta;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Party;
import dev.waybill.message.Situation;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Realistic shipments and hand-built verdicts, one per situation (the engine is not needed here). */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-16");
    static final String TRACKING = "LP00123456789CN";
    static final String URL = "https://lumen.example/t/LP00123456789CN";
    static final Eta ETA = Eta.of(LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-20"),
            LocalDate.parse("2026-11-24"));

    private Fixtures() {
    }

    static Shipment.Builder shipment(String destination) {
        return Shipment.builder("LP-1042", new Lane(CountryCode.of("CN"), CountryCode.of(destination), Mode.AIR, "yunexpress"))
                .trackingNumber(TRACKING)
                .promisedBy(LocalDate.parse("2026-11-14"))
                .value(Money.of("USD", "45.00"))
                .event(event("2026-11-02T08:00:00+08:00", EventCode.PICKED_UP, null, null));
    }

    static TrackingEvent event(String at, EventCode code, Reason reason, String location) {
        return TrackingEvent.builder(OffsetDateTime.parse(at), code).reason(reason).location(location).build();
    }

    /** A shipment to {@code destination} whose timeline fits {@code situation}. */
    static Shipment shipmentFor(Situation situation, String destination) {
        Shipment.Builder builder = shipment(destination);
        switch (situation) {
            case CUSTOMS_INSPECTION -> builder.event(event("2026-11-10T09:00:00+01:00", EventCode.IMPORT_HELD,
                    Reason.INSPECTION, null));
            case CUSTOMS_DOCUMENTS -> builder.event(event("2026-11-10T09:00:00+01:00", EventCode.IMPORT_HELD,
                    Reason.DOCUMENTS, null));
            case CUSTOMS_DUTIES -> builder.event(event("2026-11-10T09:00:00+01:00", EventCode.IMPORT_HELD,
                    Reason.DUTIES, null));
            case DELIVERY_FAILED_ADDRESS -> builder.event(event("2026-11-15T14:00:00+01:00", EventCode.DELIVERY_FAILED,
                    Reason.ADDRESS, null));
            case DELIVERY_FAILED_ABSENT -> builder.event(event("2026-11-15T14:00:00+01:00", EventCode.DELIVERY_FAILED,
                    Reason.RECIPIENT_ABSENT, null));
            case AWAITING_PICKUP -> builder.event(event("2026-11-15T14:00:00+01:00", EventCode.AVAILABLE_FOR_PICKUP,
                    null, "Relais Le Parc, 12 Rue Oberkampf"));
            case NOT_RECEIVED, DELIVERED, DELIVERED_LATE_FOLLOW_UP -> builder.event(event("2026-11-13T11:00:00+01:00",
                    EventCode.DELIVERED, null, null));
            default -> {
            }
        }
        return builder.build();
    }

    /** The verdict the engine would give for {@code situation}. */
    static Verdict verdictFor(Situation situation) {
        return switch (situation) {
            case NOT_PICKED_UP -> verdict(Status.AT_RISK, Stage.LABEL_CREATED, ExceptionType.NOT_PICKED_UP, Cause.CARRIER, 0, ETA, 3);
            case EXPORT_HOLD -> verdict(Status.AT_RISK, Stage.EXPORT_CUSTOMS, ExceptionType.EXPORT_HOLD, Cause.CUSTOMS, 0, ETA, 2);
            case CUSTOMS_INSPECTION, CUSTOMS_DOCUMENTS, CUSTOMS_DUTIES ->
                    verdict(Status.DELAYED, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS, 6, ETA, 6);
            case STALLED -> verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.STALLED, Cause.CARRIER, 6, ETA, 9);
            case DELIVERY_FAILED_ADDRESS ->
                    verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.DELIVERY_FAILED, Cause.ADDRESS, 3, ETA, 1);
            case DELIVERY_FAILED_ABSENT ->
                    verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.DELIVERY_FAILED, Cause.RECIPIENT, 3, ETA, 1);
            case AWAITING_PICKUP ->
                    verdict(Status.AT_RISK, Stage.LAST_MILE, ExceptionType.AWAITING_PICKUP, Cause.RECIPIENT, 0, ETA, 1);
            case DAMAGED -> verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.DAMAGED, Cause.CARRIER, 0, null, 1);
            case RETURNING -> verdict(Status.RETURNING, Stage.RETURN, ExceptionType.RETURN_TO_SENDER, Cause.ADDRESS, 0, null, 1);
            case LOST -> verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, null, 25);
            case NOT_RECEIVED -> verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NOT_RECEIVED, Cause.CARRIER, 0, null, 3);
            case LATE_PEAK_SEASON -> verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.NONE, Cause.PEAK_SEASON, 6, ETA, 2);
            case LATE_DISRUPTION -> verdict(Status.AT_RISK, Stage.LINEHAUL, ExceptionType.NONE, Cause.DISRUPTION, 2, ETA, 2);
            case LATE_CARRIER -> verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.NONE, Cause.CARRIER, 3, ETA, 2);
            case DELIVERED_LATE_FOLLOW_UP ->
                    verdict(Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE, Cause.CARRIER, 3, null, 3);
            case ON_TRACK -> verdict(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE, 0, ETA, 1);
            case DELIVERED -> verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Cause.NONE, 0, null, 3);
        };
    }

    static Verdict verdict(Status status, Stage stage, ExceptionType exception, Cause cause, int daysLate, Eta eta,
                           int silentDays) {
        return new Verdict("LP-1042", status, stage, exception, cause, daysLate, Optional.ofNullable(eta), silentDays, Party.NONE, List.of(),
                List.of(Action.NOTIFY_CUSTOMER), "CN-FR AIR", List.of());
    }

    static Assessment assessmentFor(Situation situation) {
        return Assessment.of(shipmentFor(situation, "FR"), verdictFor(situation));
    }
}
