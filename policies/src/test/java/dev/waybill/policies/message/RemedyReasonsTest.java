package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.liability.Party;
import dev.waybill.remedy.MarketplaceStanding;
import dev.waybill.remedy.RemedyReason;
import dev.waybill.remedy.RemedyReason.Action;
import dev.waybill.remedy.RemedyReason.Kind;
import dev.waybill.remedy.RemedyReason.Situation;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Remedy reasons written in every bundled language from the catalogs' {@code reasons} section. */
class RemedyReasonsTest {

    private static final RemedyReasons REASONS = RemedyReasons.defaults();

    static List<String> languages() {
        return MessageTemplates.BUNDLED;
    }

    /** One reason of each shape and situation, with every optional part somewhere. */
    private static List<RemedyReason> everyReason() {
        List<RemedyReason> reasons = new ArrayList<>();
        for (Action action : List.of(Action.REFUND_NOW, Action.REFUND_ON_RETURN, Action.REFUND_AND_KEEP,
                Action.EXCHANGE_FOR_RIGHT_ITEM, Action.EXCHANGE_FOR_NEW, Action.SEND_REPLACEMENT,
                Action.SEND_REPLACEMENT_AND_KEEP, Action.SEND_RIGHT_ITEM, Action.SEND_RIGHT_ITEM_AND_KEEP,
                Action.SEND_MISSING_ITEM, Action.RESHIP_NOW)) {
            reasons.add(RemedyReason.of(Kind.SETTLED, Situation.LOST, Stage.LINEHAUL, Cause.NONE, action,
                    Money.of("EUR", "40.00"), null).withClaimFrom(Party.LINEHAUL_CARRIER));
        }
        reasons.add(RemedyReason.of(Kind.SETTLED, Situation.DAMAGED_ON_ARRIVAL, Stage.DELIVERED, Cause.NONE,
                Action.SEND_REPLACEMENT_AND_KEEP, null, null).withReplacementPreferredIn(CountryCode.of("VN"))
                .withReturnCostsMoreThan(Money.of("USD", "9.90")).withGoodwill(new BigDecimal("5"), null)
                .withClaimFrom(Party.LAST_MILE_CARRIER));
        reasons.add(RemedyReason.of(Kind.SETTLED, Situation.RETURNED, Stage.RETURN, Cause.CUSTOMS, Action.REFUND_NOW,
                null, null).withGoodwill(new BigDecimal("5"), Money.of("EUR", "2.00")));
        for (Action offer : List.of(Action.APOLOGISE_WITH_NEW_DATE, Action.OFFER_COUPON, Action.REFUND_SHARE)) {
            reasons.add(RemedyReason.of(Kind.LATE, Situation.LATE, Stage.LAST_MILE, Cause.PEAK_SEASON, offer,
                    Money.of("EUR", "4.00"), new BigDecimal("10")).withDays(3));
        }
        for (Situation situation : Situation.values()) {
            reasons.add(RemedyReason.of(Kind.AT_RISK, situation, Stage.LINEHAUL, Cause.NONE).withDays(6).withApology());
            reasons.add(RemedyReason.of(Kind.AT_RISK, situation, Stage.LINEHAUL, Cause.NONE).withDays(1));
            reasons.add(RemedyReason.of(Kind.BUYERS_SIDE, situation, Stage.LAST_MILE, Cause.RECIPIENT).withDays(2));
            reasons.add(RemedyReason.of(Kind.NOTHING_OWED, situation, Stage.LINEHAUL, Cause.NONE));
        }
        for (Cause cause : List.of(Cause.CUSTOMS, Cause.DISRUPTION, Cause.ADDRESS, Cause.CARRIER)) {
            reasons.add(RemedyReason.of(Kind.BUYERS_SIDE, Situation.ARRIVED_LATE, Stage.DELIVERED, cause).withDays(4));
        }
        for (Stage stage : Stage.values()) {
            reasons.add(RemedyReason.of(Kind.SETTLED, Situation.LOST, stage, Cause.NONE, Action.RESHIP_NOW, null, null)
                    .withClaimFrom(Party.FIRST_MILE_CARRIER));
        }
        return reasons;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyReasonIsWrittenInTheLanguageWithoutAPlaceholderLeft(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        for (RemedyReason reason : everyReason()) {
            String written = REASONS.render(reason, language);
            String english = REASONS.english(reason);

            assertThat(written).as("%s: %s", tag, reason).isNotBlank().doesNotContain("{", "}");
            if (!tag.equals("en")) {
                assertThat(written).as("%s: %s", tag, reason).isNotEqualTo(english);
            }
        }
    }

    @Test
    void aLanguageWithoutTemplatesGetsEnglish() {
        RemedyReason reason = RemedyReason.of(Kind.NOTHING_OWED, Situation.ON_TRACK, Stage.LINEHAUL, Cause.NONE);

        assertThat(REASONS.render(reason, Locale.forLanguageTag("sw")))
                .isEqualTo(REASONS.english(reason)).isEqualTo("The parcel is on track, so nothing is owed.");
    }

    @Test
    void aReasonReadsInTheBuyersLanguage() {
        RemedyReason lost = RemedyReason.of(Kind.SETTLED, Situation.LOST, Stage.LINEHAUL, Cause.NONE,
                Action.REFUND_NOW, Money.of("EUR", "40.00"), null).withClaimFrom(Party.LINEHAUL_CARRIER);

        assertThat(REASONS.english(lost)).isEqualTo("The parcel was lost on the linehaul, so refund the full 40.00 EUR"
                + " now, then claim the loss from the linehaul carrier.");
        assertThat(REASONS.render(lost, Locale.GERMAN)).isEqualTo("Das Paket ging im Hauptlauf verloren, daher: die"
                + " vollen 40.00 EUR sofort erstatten; danach den Verlust bei dem Hauptlauf-Frachtführer geltend machen.");
        assertThat(REASONS.render(lost, Locale.FRENCH)).startsWith("Le colis a été perdu pendant le transport principal");
    }

    private static MarketplaceStanding standing(MarketplaceStanding.Basis basis, int daysLate) {
        return new MarketplaceStanding("AMAZON", basis, basis == MarketplaceStanding.Basis.NOT_THE_CARRIERS
                ? Cause.CUSTOMS : Cause.CARRIER, daysLate, 3, "A-to-z Guarantee",
                new Source("Amazon A-to-z", "B-AZ-06", Confidence.VERIFIED_PRIMARY, null, null));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyStandingIsWrittenInTheLanguageWithItsMarketplaceMetricAndSource(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        for (MarketplaceStanding.Basis basis : MarketplaceStanding.Basis.values()) {
            MarketplaceStanding standing = standing(basis, 2);
            String written = REASONS.render(standing, language);

            assertThat(written).as("%s: %s", tag, basis).doesNotContain("{", "}")
                    .contains("Amazon", "A-to-z Guarantee", "Amazon A-to-z [B-AZ-06, V-P]");
            assertThat(REASONS.in(language).basis(standing)).isEqualTo(written);
            if (!tag.equals("en")) {
                assertThat(written).as("%s: %s", tag, basis).isNotEqualTo(REASONS.english(standing));
            }
        }
    }

    @Test
    void aStandingReadsInEnglishAsTheCommandWroteItAndInTheBuyersLanguage() {
        String source = " (A-to-z Guarantee; Amazon A-to-z [B-AZ-06, V-P]).";

        assertThat(REASONS.english(standing(MarketplaceStanding.Basis.WITHIN_GRACE, 1))).isEqualTo("The delay is the"
                + " carrier's and 1 day past the promised date, within the 3 days Amazon allows before a buyer can"
                + " claim, so it should not count against the shop" + source);
        assertThat(REASONS.english().basis(standing(MarketplaceStanding.Basis.BEYOND_GRACE, 4))).isEqualTo("The delay"
                + " is 4 days past the promised date, beyond the 3 days Amazon allows before a buyer can claim, so it"
                + " may count against the shop" + source);
        assertThat(REASONS.english(standing(MarketplaceStanding.Basis.NOT_THE_CARRIERS, 1))).isEqualTo("The delay is"
                + " not the carrier's (cause CUSTOMS), so Amazon's grace does not cover it and it may count against"
                + " the shop" + source);
        assertThat(REASONS.english(standing(MarketplaceStanding.Basis.AFTER_HAND_OVER, 5))).isEqualTo("The delay is"
                + " the carrier's and arose after it took the parcel, and Amazon judges lateness at hand-over, so it"
                + " should not count against the shop" + source);
        assertThat(REASONS.english(standing(MarketplaceStanding.Basis.BEFORE_HAND_OVER, 2))).isEqualTo("The parcel"
                + " was not yet handed over to the carrier, so Amazon may count the lateness against the shop" + source);
        assertThat(REASONS.render(standing(MarketplaceStanding.Basis.WITHIN_GRACE, 2), Locale.GERMAN))
                .startsWith("Die Verspätung liegt beim Versanddienstleister und beträgt 2 Tage nach dem zugesagten Datum");
        assertThat(REASONS.render(standing(MarketplaceStanding.Basis.WITHIN_GRACE, 2), Locale.forLanguageTag("sw")))
                .isEqualTo(REASONS.english(standing(MarketplaceStanding.Basis.WITHIN_GRACE, 2)));
    }
}
