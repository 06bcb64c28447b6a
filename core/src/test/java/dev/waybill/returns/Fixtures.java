package dev.waybill.returns;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Hand-built rules and a holiday calendar for core tests; the real data lives in policies. */
final class Fixtures {

    static final CountryCode DE = CountryCode.of("DE");
    static final CountryCode JP = CountryCode.of("JP");
    static final CountryCode MX = CountryCode.of("MX");
    static final CountryCode RU = CountryCode.of("RU");
    static final CountryCode US = CountryCode.of("US");
    static final CountryCode KR = CountryCode.of("KR");

    /** Christmas 2026 in Germany, Mexico's Benito Juárez day 2026, a Russian 4 November. */
    static final HolidayCalendar HOLIDAYS = new HolidayCalendar() {
        private final Map<CountryCode, Set<LocalDate>> days = Map.of(
                DE, Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
                MX, Set.of(LocalDate.of(2026, 3, 16)),
                RU, Set.of(LocalDate.of(2026, 11, 4)),
                JP, Set.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)));

        @Override
        public boolean isPublicHoliday(CountryCode country, LocalDate date) {
            return days.getOrDefault(country, Set.of()).contains(date);
        }

        @Override
        public boolean covers(CountryCode country) {
            return days.containsKey(country);
        }
    };

    static ReturnRule eu(CountryCode country) {
        return ReturnRule.builder(country, "Directive 2011/83/EU art. 9-16")
                .period(new WithdrawalPeriod(14, DayType.CALENDAR, PeriodStart.LAST_DELIVERY, FirstDay.DAY_AFTER_EVENT,
                        true, Set.of(SATURDAY, SUNDAY),
                        new NotInformedExtension(12, NotInformedExtension.From.PERIOD_END)))
                .exclude(new CategoryExclusion(ReturnCategory.PERSONALIZED, false, "art. 16(c)"))
                .exclude(new CategoryExclusion(ReturnCategory.SEALED_HYGIENE, true, "art. 16(e)"))
                .returnShippingPaidBy(ReturnShippingPayer.CONSUMER)
                .returnShippingIfNotInformed(ReturnShippingPayer.SELLER)
                .refundWithinDays(14)
                .confidence(Confidence.VERIFIED_SECONDARY)
                .research(List.of("A-EU-01"))
                .caveat(new Caveat(Caveat.Topic.ROLL_OVER, Confidence.UNVERIFIED, "roll-over recalled"))
                .build();
    }

    static ReturnRule japan() {
        return ReturnRule.builder(JP, "ASCT art. 15-3")
                .period(new WithdrawalPeriod(8, DayType.CALENDAR, PeriodStart.DELIVERY, FirstDay.EVENT_DAY, false,
                        Set.of(SATURDAY, SUNDAY), Optional.empty()))
                .returnShippingPaidBy(ReturnShippingPayer.CONSUMER)
                .sellerTermsPrevail("ASCT art. 15-3(1) proviso")
                .confidence(Confidence.VERIFIED_PRIMARY)
                .caveat(new Caveat(Caveat.Topic.ROLL_OVER, Confidence.UNVERIFIED, "no roll-over is read"))
                .build();
    }

    static ReturnRule mexico() {
        return ReturnRule.builder(MX, "LFPC art. 56")
                .period(new WithdrawalPeriod(5, DayType.BUSINESS, PeriodStart.LATER_OF_DELIVERY_AND_SIGNATURE,
                        FirstDay.DAY_AFTER_EVENT, false, Set.of(SATURDAY, SUNDAY), Optional.empty()))
                .returnShippingPaidBy(ReturnShippingPayer.CONSUMER)
                .confidence(Confidence.VERIFIED_PRIMARY)
                .caveat(new Caveat(Caveat.Topic.RULE, Confidence.UNVERIFIED, "scope for online sales"))
                .build();
    }

    static ReturnRule russia() {
        return ReturnRule.builder(RU, "ZoZPP art. 26.1(4)")
                .period(new WithdrawalPeriod(7, DayType.CALENDAR, PeriodStart.DELIVERY, FirstDay.DAY_AFTER_EVENT, true,
                        Set.of(SATURDAY, SUNDAY), new NotInformedExtension(3, NotInformedExtension.From.START_EVENT)))
                .returnShippingPaidBy(ReturnShippingPayer.CONSUMER)
                .refundWithinDays(10)
                .confidence(Confidence.VERIFIED_PRIMARY)
                .build();
    }

    static ReturnRule korea() {
        return ReturnRule.builder(KR, "E-Commerce Act art. 17")
                .period(new WithdrawalPeriod(7, DayType.CALENDAR, PeriodStart.LATER_OF_DOCUMENT_AND_DELIVERY,
                        FirstDay.DAY_AFTER_EVENT, true, Set.of(SATURDAY, SUNDAY), Optional.empty()))
                .returnShippingPaidBy(ReturnShippingPayer.CONSUMER)
                .refundWithinDays(3)
                .confidence(Confidence.VERIFIED_SECONDARY)
                .build();
    }

    static ReturnRule unitedStates() {
        return ReturnRule.builder(US, "16 CFR Part 429 excludes online sales")
                .confidence(Confidence.VERIFIED_SECONDARY)
                .build();
    }

    static WithdrawalEvaluator evaluator() {
        return WithdrawalEvaluator.of(ReturnRuleBook.of(List.of(eu(DE), japan(), mexico(), russia(), korea(),
                unitedStates())), HOLIDAYS);
    }

    static WithdrawalRequest.Builder request(CountryCode country, String delivered, String noticeOn) {
        return WithdrawalRequest.builder(country, LocalDate.parse(delivered), LocalDate.parse(noticeOn));
    }

    private Fixtures() {
    }
}
