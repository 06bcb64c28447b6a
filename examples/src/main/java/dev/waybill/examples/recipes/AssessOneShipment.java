package dev.waybill.examples.recipes;

import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.delay.Verdict;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Recipe: build Waybill once, hand it a shipment and its tracking events, act on the verdict. */
public final class AssessOneShipment {

    private AssessOneShipment() {
    }

    /** Prints the verdict for a parcel held by German customs. */
    public static void main(String[] args) {
        Waybill waybill = DefaultPolicies.waybill()
                .clock(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC))
                .build();

        Shipment shipment = Shipment.builder("order-1042",
                        new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao"))
                .promisedBy(LocalDate.parse("2026-11-18"))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-06T09:00:00+08:00"), EventCode.PICKED_UP))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-10T02:00:00+08:00"), EventCode.DEPARTED_ORIGIN))
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-14T11:00:00+01:00"), EventCode.IMPORT_HELD)
                        .reason(Reason.DOCUMENTS).build())
                .build();

        Assessment assessment = waybill.assess(shipment);
        Verdict verdict = assessment.verdict();
        System.out.println(verdict.status() + " " + verdict.exception() + " caused by " + verdict.cause()
                + ", likely " + verdict.eta().map(eta -> eta.likely().toString()).orElse("-") + "; do: " + verdict.actions());
        verdict.explanation().forEach(line -> System.out.println("  " + line));
    }
}
