package dev.waybill.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.delay.Status;
import dev.waybill.liability.Party;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every bundled default wired together: verdict, claim, remedy and message for one lost parcel. */
class DefaultPoliciesTest {

    private static final Shipment LOST_ON_THE_LINEHAUL = Shipment.builder("order-77",
                    Lane.of(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR))
            .value(Money.of("EUR", "39.90")).weightKg(new BigDecimal("0.5")).language(Locale.FRENCH)
            .promisedBy(LocalDate.parse("2026-11-12"))
            .event(TrackingEvent.of(OffsetDateTime.parse("2026-10-22T09:00:00+08:00"), EventCode.PICKED_UP))
            .event(TrackingEvent.of(OffsetDateTime.parse("2026-10-24T09:00:00+08:00"), EventCode.DEPARTED_ORIGIN))
            .build();

    @Test
    void aLostParcelGetsAClaimARemedyAndAMessageInTheBuyersLanguage() {
        Waybill waybill = DefaultPolicies.waybill()
                .clock(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC)).build();

        Assessment assessment = waybill.assess(LOST_ON_THE_LINEHAUL);
        Message message = waybill.message(assessment,
                MessageRequest.builder(LocalDate.parse("2026-11-20")).channel(Channel.EMAIL).build());

        assertThat(assessment.verdict().status()).isEqualTo(Status.LOST);
        assertThat(assessment.claim().orElseThrow().party()).isEqualTo(Party.LINEHAUL_CARRIER);
        assertThat(assessment.claim().orElseThrow().regime()).isEqualTo("MONTREAL_1999");
        assertThat(assessment.remedy().orElseThrow().kind()).isIn(RemedyKind.FULL_REFUND, RemedyKind.RESHIP);
        assertThat(message.language().getLanguage()).isEqualTo("fr");
        assertThat(message.body().orElseThrow()).contains("order-77");
    }
}
