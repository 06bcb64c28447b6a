package dev.waybill.policies.liability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.liability.Claim;
import dev.waybill.liability.ClaimEngine;
import dev.waybill.liability.ClaimRequest;
import dev.waybill.liability.Consignment;
import dev.waybill.liability.LiabilityRegime;
import dev.waybill.liability.LimitRule;
import dev.waybill.liability.LossKind;
import dev.waybill.liability.Party;
import dev.waybill.liability.Recovery;
import dev.waybill.liability.SdrRate;
import dev.waybill.liability.TimeLimit;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.source.Confidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled regimes and mapping, checked against examples worked by hand from the rules. */
class LiabilityPoliciesTest {

    private static final ClaimEngine CLAIMS = LiabilityPolicies.defaults();
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final SdrRate USD_PER_SDR = SdrRate.of("USD", "1.31");

    private static LiabilityRegime regime(String id) {
        return CLAIMS.regime(id).orElseThrow();
    }

    private static Recovery recovery(String regime, String carriedOn, String value, String weightKg, LossKind loss) {
        Consignment consignment = Consignment.of(LocalDate.parse(carriedOn), value == null ? null : Money.parse(value),
                weightKg == null ? null : new BigDecimal(weightKg));
        return regime(regime).recovery(consignment, loss).orElseThrow();
    }

    private static Shipment.Builder shipment(String origin, String destination, Mode mode, String carrier, String shippedAt) {
        return Shipment.builder("order-1", new Lane(CountryCode.of(origin), CountryCode.of(destination), mode, carrier))
                .shippedAt(OffsetDateTime.parse(shippedAt));
    }

    private static TrackingEvent event(String at, EventCode code) {
        return TrackingEvent.of(OffsetDateTime.parse(at), code);
    }

    private static Claim claim(Shipment shipment, Party party, LossKind loss) {
        return CLAIMS.claim(ClaimRequest.of(shipment, party, loss, TODAY)).orElseThrow();
    }

    // --- caps, worked by hand -------------------------------------------------------------------

    @ParameterizedTest(name = "carried {0}: {1}")
    @CsvSource({
            "2009-12-29, 42.50 XDR",   // 17 SDR/kg x 2.5 kg, the original limit
            "2009-12-30, 47.50 XDR",   // 19 SDR/kg from 30 Dec 2009
            "2019-12-27, 47.50 XDR",
            "2019-12-28, 55.00 XDR",   // 22 SDR/kg from 28 Dec 2019
            "2024-12-27, 55.00 XDR",
            "2024-12-28, 65.00 XDR",   // 26 SDR/kg from 28 Dec 2024
            "2026-11-23, 65.00 XDR"})
    void aTwoAndAHalfKiloAirParcelIsCappedByTheMontrealLimitInForceWhenCarried(String carriedOn, String cap) {
        assertThat(recovery("MONTREAL_1999", carriedOn, null, "2.5", LossKind.LOSS).cap()).contains(Money.parse(cap));
    }

    @Test
    void theMontrealCapInDollarsComesFromTheCallersSdrRateAndTheValueLimitsWhatIsRecovered() {
        Consignment before = Consignment.of(LocalDate.parse("2024-12-27"), Money.of("USD", "80.00"), new BigDecimal("2.5"));
        Consignment after = Consignment.of(LocalDate.parse("2024-12-28"), Money.of("USD", "80.00"), new BigDecimal("2.5"));

        // 55 SDR x 1.31 = 72.05 USD < 80 USD: the cap is what is recovered
        Recovery older = regime("MONTREAL_1999").recovery(before, LossKind.DAMAGE, USD_PER_SDR).orElseThrow();
        assertThat(older.cap()).contains(Money.of("USD", "72.05"));
        assertThat(older.recoverable()).contains(Money.of("USD", "72.05"));
        // 65 SDR x 1.31 = 85.15 USD > 80 USD: the value is what is recovered
        Recovery newer = regime("MONTREAL_1999").recovery(after, LossKind.DAMAGE, USD_PER_SDR).orElseThrow();
        assertThat(newer.cap()).contains(Money.of("USD", "85.15"));
        assertThat(newer.recoverable()).contains(Money.of("USD", "80.00"));
        assertThat(newer.rule().source().reference()).hasValue("C-AIR-01");
        assertThat(newer.rule().source().confidence()).isEqualTo(Confidence.VERIFIED_PRIMARY);
    }

    @Test
    void aRoadParcelIsCappedAtEightPointThreeThreeSdrPerKiloUnderCmr() {
        Consignment parcel = Consignment.of(LocalDate.parse("2026-05-04"), Money.of("EUR", "300.00"), new BigDecimal("12.4"));

        // 8.33 SDR/kg x 12.4 kg = 103.292 SDR; at an injected 1.21 EUR per SDR: 103.29 x 1.21 = 124.98 EUR
        assertThat(regime("CMR").recovery(parcel, LossKind.LOSS).orElseThrow().cap()).contains(Money.of("XDR", "103.29"));
        Recovery inEuro = regime("CMR").recovery(parcel, LossKind.LOSS, SdrRate.of("EUR", "1.21")).orElseThrow();
        assertThat(inEuro.cap()).contains(Money.of("EUR", "124.98"));
        assertThat(inEuro.recoverable()).contains(Money.of("EUR", "124.98"));
    }

    @Test
    void cmrCapsDelayAtTheCarriageChargesWhichWaybillDoesNotKnow() {
        Recovery delay = recovery("CMR", "2026-05-04", "300.00 EUR", "12.4", LossKind.DELAY);

        assertThat(delay.cap()).isEmpty();
        assertThat(delay.rule().limit().describe()).isEqualTo("the carriage charges");
        assertThat(delay.rule().source().citation()).contains("Art 23(5)");
    }

    @Test
    void aLightSeaPackageIsCappedPerPackageUnderHagueVisby() {
        // 2 SDR/kg x 150 kg = 300 SDR < 666.67 SDR per package
        assertThat(recovery("HAGUE_VISBY", "2026-04-01", null, "150", LossKind.LOSS).cap())
                .contains(Money.of("XDR", "666.67"));
    }

    @Test
    void aHeavySeaPackageIsCappedPerKiloUnderHagueVisby() {
        // 2 SDR/kg x 400 kg = 800 SDR > 666.67 SDR per package
        assertThat(recovery("HAGUE_VISBY", "2026-04-01", null, "400", LossKind.LOSS).cap())
                .contains(Money.of("XDR", "800.00"));
    }

    @Test
    void expressCarriersCapAtTheirDefaultLimitsWithoutADeclaredValue() {
        assertThat(recovery("UPS", "2026-04-01", "60.00 USD", null, LossKind.LOSS).recoverable())
                .contains(Money.of("USD", "60.00"));
        assertThat(recovery("UPS", "2026-04-01", "250.00 USD", null, LossKind.LOSS).recoverable())
                .contains(Money.of("USD", "100.00"));
        assertThat(recovery("FEDEX_US", "2026-04-01", null, null, LossKind.DAMAGE).cap()).contains(Money.of("USD", "100.00"));
        // DHL Express air, 19 SDR/kg x 2.5 kg, unverified as the current global figure
        Recovery dhl = recovery("DHL_EXPRESS_AIR", "2026-04-01", null, "2.5", LossKind.LOSS);
        assertThat(dhl.cap()).contains(Money.of("XDR", "47.50"));
        assertThat(dhl.rule().source().confidence()).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void postalCapsAreEncodedOnlyWithTheirConfidenceMarks() {
        Recovery registered = recovery("UPU_REGISTERED", "2026-04-01", null, null, LossKind.LOSS);
        Recovery parcel = recovery("UPU_PARCEL", "2026-04-01", null, "3", LossKind.LOSS);

        assertThat(registered.cap()).contains(Money.of("XDR", "30.00"));
        assertThat(registered.rule().source().confidence()).isEqualTo(Confidence.UNVERIFIED);
        // 40 SDR + 4.50 SDR/kg x 3 kg
        assertThat(parcel.cap()).contains(Money.of("XDR", "53.50"));
        assertThat(recovery("ROYAL_MAIL_UK", "2026-04-01", "35.00 GBP", null, LossKind.LOSS).recoverable())
                .contains(Money.of("GBP", "20.00"));
        assertThat(regime("ROYAL_MAIL_INTERNATIONAL_WORLD").recovery(
                Consignment.of(LocalDate.parse("2026-04-01"), null, null), LossKind.LOSS)).isEmpty();
        assertThat(regime("UPU_REGISTERED").covers(LossKind.DELAY, TODAY)).as("no indemnity for delay").isFalse();
    }

    // --- deadlines, with real dates -------------------------------------------------------------

    @Test
    void dhlExpressClaimsAreDueThirtyDaysFromAcceptance() {
        Claim claim = claim(shipment("CN", "DE", Mode.AIR, "dhl", "2026-03-02T16:00:00+08:00").weightKg(new BigDecimal("2.5"))
                .build(), Party.LAST_MILE_CARRIER, LossKind.LOSS);

        assertThat(claim.regime()).isEqualTo("DHL_EXPRESS_AIR");
        assertThat(claim.deadline()).isEqualTo("2026-04-01");
        assertThat(claim.basis()).contains("[C-EXP-05, V-P]", "[C-EXP-06, U]");
        assertThat(claim.confidence()).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void montrealDamageNeedsAComplaintWithinFourteenDaysAndDelayWithinTwentyOne() {
        Shipment delivered = shipment("CN", "FR", Mode.AIR, null, "2026-01-26T10:00:00+08:00")
                .weightKg(new BigDecimal("2.5"))
                .event(event("2026-02-10T14:30:00+01:00", EventCode.DELIVERED)).build();

        Claim damage = claim(delivered, Party.LINEHAUL_CARRIER, LossKind.DAMAGE);
        Claim delay = claim(delivered, Party.LINEHAUL_CARRIER, LossKind.DELAY);

        assertThat(damage.regime()).isEqualTo("MONTREAL_1999");
        assertThat(damage.deadline()).isEqualTo("2026-02-24");
        assertThat(damage.cap()).contains(Money.of("XDR", "65.00"));
        assertThat(delay.deadline()).isEqualTo("2026-03-03");
        assertThat(delay.basis()).contains("action within 2 years of delivery: 2028-02-10");
    }

    @Test
    void aParcelLostOnTheAirLinehaulMustBeSuedForWithinTwoYears() {
        Shipment lost = shipment("CN", "FR", Mode.AIR, "yunexpress", "2026-03-02T10:00:00+08:00")
                .weightKg(new BigDecimal("2.5")).value(Money.of("USD", "80.00")).build();

        Claim claim = CLAIMS.claim(ClaimRequest.builder(lost, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)
                .sdrRate(USD_PER_SDR).build()).orElseThrow();

        assertThat(claim.regime()).isEqualTo("MONTREAL_1999");
        assertThat(claim.deadline()).isEqualTo("2028-03-02");
        assertThat(claim.cap()).contains(Money.of("USD", "85.15"));
        assertThat(claim.recoverable()).contains(Money.of("USD", "80.00"));
    }

    @Test
    void cmrPresumesLossSixtyDaysAfterTakingOverAndBarsTheActionAYearLater() {
        Claim claim = claim(shipment("DE", "FR", Mode.ROAD, null, "2026-03-02T08:00:00+01:00")
                .weightKg(new BigDecimal("12.4")).build(), Party.LINEHAUL_CARRIER, LossKind.LOSS);

        assertThat(claim.regime()).isEqualTo("CMR");
        assertThat(claim.openFrom()).contains(LocalDate.parse("2026-05-01"));
        assertThat(claim.deadline()).isEqualTo("2027-05-01");
        assertThat(claim.cap()).contains(Money.of("XDR", "103.29"));
        assertThat(claim.confidence()).as("the one-year period is recalled").isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void cmrDelayNeedsAWrittenReservationWithinTwentyOneDays() {
        Claim claim = claim(shipment("DE", "FR", Mode.ROAD, null, "2026-03-02T08:00:00+01:00")
                .event(event("2026-03-10T11:00:00+01:00", EventCode.DELIVERED)).build(),
                Party.LAST_MILE_CARRIER, LossKind.DELAY);

        assertThat(claim.deadline()).isEqualTo("2026-03-31");
        assertThat(claim.cap()).isEmpty();
        assertThat(claim.confidence()).isEqualTo(Confidence.VERIFIED_SECONDARY);
    }

    @Test
    void cmrNotesForHiddenDamageAreAdvisedButOnlyTheActionBars() {
        Claim claim = claim(shipment("DE", "FR", Mode.ROAD, null, "2026-03-02T08:00:00+01:00")
                .event(event("2026-03-07T11:00:00+01:00", EventCode.DELIVERED)).build(),
                Party.LINEHAUL_CARRIER, LossKind.DAMAGE);

        // delivered Saturday 7 Mar 2026: Monday 9 to Saturday 14 are six days, Sunday 15 does not count, Monday 16 is the seventh
        assertThat(claim.basis()).contains("notice within 7 days (Sundays excepted) of delivery (advisory: missing it"
                + " does not bar the claim): 2026-03-16");
        assertThat(claim.deadline()).isEqualTo("2027-03-07");
    }

    @Test
    void hagueVisbySuitIsDueWithinAYearOfDelivery() {
        Claim claim = claim(shipment("CN", "NL", Mode.SEA, null, "2026-01-05T08:00:00+08:00")
                .weightKg(new BigDecimal("150"))
                .event(event("2026-02-20T09:00:00+01:00", EventCode.DELIVERED)).build(),
                Party.LINEHAUL_CARRIER, LossKind.DAMAGE);

        assertThat(claim.regime()).isEqualTo("HAGUE_VISBY");
        assertThat(claim.deadline()).isEqualTo("2027-02-20");
        assertThat(claim.cap()).contains(Money.of("XDR", "666.67"));
        assertThat(claim.confidence()).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void uspsInsuredMailClaimsOpenAfterFifteenDaysFromEighteenJanuaryTwentyTwentySix() {
        Claim after = claim(shipment("US", "US", Mode.ROAD, "usps", "2026-02-02T10:00:00-05:00").build(),
                Party.LAST_MILE_CARRIER, LossKind.LOSS);
        Claim before = claim(shipment("US", "US", Mode.ROAD, "usps", "2026-01-16T10:00:00-05:00").build(),
                Party.LAST_MILE_CARRIER, LossKind.LOSS);

        assertThat(after.regime()).isEqualTo("USPS_DOMESTIC");
        assertThat(after.openFrom()).contains(LocalDate.parse("2026-02-17"));
        assertThat(after.deadline()).isEqualTo("2026-04-03");
        assertThat(before.openFrom()).isEmpty();
        assertThat(before.deadline()).isEqualTo("2026-03-17");
    }

    @Test
    void royalMailLossClaimsOpenAfterTheDueDateAndCloseEightyDaysFromPosting() {
        Shipment posted = shipment("GB", "GB", Mode.ROAD, "royal-mail", "2026-11-02T09:00:00Z").build();

        Claim claim = CLAIMS.claim(ClaimRequest.builder(posted, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY)
                .expectedDelivery(LocalDate.parse("2026-11-04")).build()).orElseThrow();

        assertThat(claim.regime()).isEqualTo("ROYAL_MAIL_UK");
        // due Wednesday 4 Nov + 10 working days
        assertThat(claim.openFrom()).contains(LocalDate.parse("2026-11-18"));
        assertThat(claim.deadline()).isEqualTo("2027-01-21");
        assertThat(claim.confidence()).isEqualTo(Confidence.SECONDARY);
    }

    @Test
    void royalMailInternationalClaimsOpenLaterOutsideEurope() {
        Claim europe = claim(shipment("GB", "FR", Mode.AIR, "royal-mail", "2026-11-02T09:00:00Z").build(),
                Party.LAST_MILE_CARRIER, LossKind.LOSS);
        Claim world = claim(shipment("GB", "US", Mode.AIR, "royal-mail", "2026-11-02T09:00:00Z").build(),
                Party.LAST_MILE_CARRIER, LossKind.LOSS);

        assertThat(europe.openFrom()).contains(LocalDate.parse("2026-11-30"));
        assertThat(world.openFrom()).contains(LocalDate.parse("2026-12-07"));
        assertThat(europe.deadline()).isEqualTo("2027-05-02");
        assertThat(world.cap()).isEmpty();
    }

    @Test
    void upsLossNoticeRunsSixtyDaysFromTheScheduledDeliveryAndIsMarkedConflicting() {
        Shipment lost = shipment("US", "CA", Mode.AIR, "ups", "2026-03-02T10:00:00-05:00").value(Money.of("USD", "60.00"))
                .build();

        Claim scheduled = CLAIMS.claim(ClaimRequest.builder(lost, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY)
                .expectedDelivery(LocalDate.parse("2026-03-10")).build()).orElseThrow();
        Claim unscheduled = claim(lost, Party.LAST_MILE_CARRIER, LossKind.LOSS);

        assertThat(scheduled.openFrom()).contains(LocalDate.parse("2026-03-11"));
        assertThat(scheduled.deadline()).isEqualTo("2026-05-09");
        assertThat(scheduled.confidence()).isEqualTo(Confidence.CONFLICTING);
        assertThat(scheduled.recoverable()).contains(Money.of("USD", "60.00"));
        // without a scheduled date the 60 days count from acceptance, which can only be earlier
        assertThat(unscheduled.deadline()).isEqualTo("2026-05-01");
        assertThat(unscheduled.openFrom()).isEmpty();
        assertThat(unscheduled.basis()).contains("the scheduled delivery date not known: counted from acceptance");
    }

    @Test
    void fedexInternationalDamageIsDueWithinTwentyOneDaysAndLossWithinNineMonths() {
        Shipment fedex = shipment("CN", "US", Mode.AIR, "fedex", "2026-03-02T10:00:00+08:00")
                .event(event("2026-03-09T13:00:00-05:00", EventCode.DELIVERED)).build();

        assertThat(claim(fedex, Party.LAST_MILE_CARRIER, LossKind.DAMAGE).deadline()).isEqualTo("2026-03-30");
        assertThat(claim(fedex, Party.LAST_MILE_CARRIER, LossKind.NON_RECEIPT).deadline()).isEqualTo("2026-12-02");
        assertThat(claim(fedex, Party.LAST_MILE_CARRIER, LossKind.DAMAGE).confidence()).isEqualTo(Confidence.CONFLICTING);
    }

    @Test
    void chinaPostSmallPacketsFallUnderTheUpuInquiryWindow() {
        Claim claim = claim(shipment("CN", "ES", Mode.AIR, "china-post", "2026-08-31T10:00:00+08:00")
                .value(Money.of("USD", "18.00")).build(), Party.LINEHAUL_CARRIER, LossKind.LOSS);

        assertThat(claim.regime()).isEqualTo("CHINA_POST");
        assertThat(claim.deadline()).isEqualTo("2027-03-01");
        assertThat(claim.recoverable()).contains(Money.of("USD", "18.00"));
        assertThat(claim.confidence()).isEqualTo(Confidence.UNVERIFIED);
    }

    // --- which regime applies -------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}-{2} {3} {4}: {5}")
    @CsvSource(nullValues = "-", value = {
            "LINEHAUL_CARRIER,   CN, FR, AIR,  -,           MONTREAL_1999",
            "LINEHAUL_CARRIER,   CN, NL, SEA,  -,           HAGUE_VISBY",
            "LINEHAUL_CARRIER,   DE, PL, ROAD, -,           CMR",
            "FIRST_MILE_CARRIER, DE, PL, ROAD, -,           CMR",
            "LAST_MILE_CARRIER,  CN, FR, AIR,  dhl,         DHL_EXPRESS_AIR",
            "IMPORT_BROKER,      CN, FR, AIR,  DHL,         DHL_EXPRESS_AIR",
            "LINEHAUL_CARRIER,   DE, FR, ROAD, dhl,         DHL_EXPRESS_ROAD",
            "LAST_MILE_CARRIER,  CN, CN, AIR,  dhl,         DHL_EXPRESS_CN_DOMESTIC",
            "LAST_MILE_CARRIER,  US, CA, AIR,  ups,         UPS",
            "LAST_MILE_CARRIER,  US, US, AIR,  fedex,       FEDEX_US",
            "LAST_MILE_CARRIER,  CN, US, AIR,  fedex,       FEDEX_INTERNATIONAL",
            "LAST_MILE_CARRIER,  US, US, ROAD, usps,        USPS_DOMESTIC",
            "LAST_MILE_CARRIER,  US, MX, AIR,  usps,        UPU_REGISTERED",
            "LAST_MILE_CARRIER,  GB, GB, ROAD, royal-mail,  ROYAL_MAIL_UK",
            "LAST_MILE_CARRIER,  GB, DE, AIR,  royal-mail,  ROYAL_MAIL_INTERNATIONAL_EUROPE",
            "LAST_MILE_CARRIER,  GB, JP, AIR,  royal-mail,  ROYAL_MAIL_INTERNATIONAL_WORLD",
            "LINEHAUL_CARRIER,   CN, ES, AIR,  china-post,  CHINA_POST",
            "LINEHAUL_CARRIER,   FR, DE, ROAD, la-poste,    UPU_REGISTERED"})
    void aClaimFallsUnderTheRegimeOfItsPartyAndLane(Party party, String origin, String destination, Mode mode,
                                                     String carrier, String regime) {
        Lane lane = new Lane(CountryCode.of(origin), CountryCode.of(destination), mode, carrier);

        assertThat(CLAIMS.regimeFor(party, lane)).map(LiabilityRegime::id).contains(regime);
    }

    @ParameterizedTest(name = "{0} {1}-{2} {3} {4}: none")
    @CsvSource(nullValues = "-", value = {
            "LAST_MILE_CARRIER,  CN, FR, AIR,  -",            // the last-mile carrier's terms are unknown
            "IMPORT_BROKER,      CN, FR, AIR,  yunexpress",   // a broker's terms are unknown
            "LINEHAUL_CARRIER,   CN, PL, RAIL, -",            // rail conventions are not researched
            "LINEHAUL_CARRIER,   DE, DE, AIR,  -",            // Montreal covers international carriage only
            "LAST_MILE_CARRIER,  DE, DE, ROAD, fedex",        // FedEx domestic terms outside the US are unknown
            "SELLER,             CN, FR, AIR,  dhl",
            "BUYER,              CN, FR, AIR,  dhl"})
    void noRegimeIsGuessedWhereTheTermsAreUnknown(Party party, String origin, String destination, Mode mode,
                                                  String carrier) {
        Lane lane = new Lane(CountryCode.of(origin), CountryCode.of(destination), mode, carrier);

        assertThat(CLAIMS.regimeFor(party, lane)).isEmpty();
    }

    @Test
    void everyBundledRuleCarriesACitationAResearchReferenceAndAConfidenceMark() {
        assertThat(CLAIMS.regimes()).hasSize(16);
        for (LiabilityRegime regime : CLAIMS.regimes().values()) {
            for (LimitRule limit : regime.limits()) {
                assertThat(limit.source().reference().orElseThrow()).as(regime.id() + " limit").matches("C-[A-Z]+-\\d\\d");
            }
            for (TimeLimit limit : regime.timeLimits()) {
                assertThat(limit.source().reference().orElseThrow()).as(regime.id() + " time limit").matches("C-[A-Z]+-\\d\\d");
            }
            assertThat(regime.timeLimits()).as(regime.id() + " has a deadline").anyMatch(TimeLimit::isDeadline);
        }
        for (var rule : CLAIMS.rules()) {
            assertThat(CLAIMS.regime(rule.regime())).as(rule.why()).isPresent();
        }
    }

    @Test
    void theBundledEngineIsTheSameOnEveryLoad() {
        Optional<LiabilityRegime> again = LiabilityPolicies.defaults().regime("MONTREAL_1999");

        assertThat(again).contains(regime("MONTREAL_1999"));
        assertThat(LiabilityPolicies.defaults().rules()).isEqualTo(CLAIMS.rules());
    }
}
