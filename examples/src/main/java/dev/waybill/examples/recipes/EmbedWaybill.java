package dev.waybill.examples.recipes;

import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.delay.Verdict;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.remedy.Remedy;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recipe: the README's embedding example. Builds Waybill once with every default and the carrier
 * adapters found on the class path, assesses a parcel held by German customs, writes the buyer's
 * email and answers a withdrawal; tracks a number when {@code WAYBILL_17TRACK_API_KEY} is set.
 */
public final class EmbedWaybill {

    private EmbedWaybill() {
    }

    /** Prints the verdict, the remedy and the buyer's email. */
    public static void main(String[] args) {
        Waybill waybill = DefaultPolicies.waybill()               // every bundled default (waybill-policies)
                .carriers(Carriers.load(Waybill.class.getClassLoader(),
                        name -> CarrierConfig.fromEnvironment(name, System.getenv())))
                .build();                                          // build once; immutable and thread-safe

        Shipment shipment = Shipment.builder("order-1042",
                        new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao"))
                .promisedBy(LocalDate.parse("2026-11-18"))
                .value(Money.of("EUR", "89.00")).language(Locale.GERMAN)
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-06T09:00:00+08:00"), EventCode.PICKED_UP))
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-14T11:00:00+01:00"), EventCode.IMPORT_HELD)
                        .reason(Reason.DOCUMENTS).build())
                .build();                                          // events in any order, duplicates allowed

        Instant now = Instant.parse("2026-11-20T12:00:00Z");      // the moment judged: same answer on any day
        Assessment assessment = waybill.assess(shipment, now);     // the shipment, its verdict, claim and remedy
        Verdict verdict = assessment.verdict();                    // DELAYED, CUSTOMS_HOLD, cause CUSTOMS, ETA...
        Optional<Remedy> remedy = assessment.remedy();             // empty without a compensation engine
        Message message = waybill.message(assessment,              // about the shipment the assessment judged
                MessageRequest.builder(LocalDate.of(2026, 11, 20)).channel(Channel.EMAIL).shopName("Lumen Home").build());
        WithdrawalDecision decision = waybill.returns(             // statutory return rules (DefaultPolicies bundles them)
                WithdrawalRequest.builder(CountryCode.of("DE"), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30))
                        .build());

        System.out.println(verdict.status() + " " + verdict.exception() + " " + verdict.cause() + " "
                + verdict.eta().map(eta -> eta.likely().toString()).orElse("-"));
        remedy.ifPresent(r -> System.out.println(r.kind() + ": "
                + RemedyReasons.defaults().render(r.reason(), Locale.GERMAN)));   // or english(...)
        System.out.println(message.subject().orElse("") + "\n" + message.body().orElse(""));
        System.out.println("withdrawal: " + (decision.eligible() ? "until " + decision.deadline().orElseThrow() : decision.reason().orElseThrow()));
        if (System.getenv("WAYBILL_17TRACK_API_KEY") != null) {
            List<TrackingResult> fresh = waybill.track("17track", List.of("YT2532100123456789"));
            System.out.println(fresh);
        }
    }
}
