package dev.waybill.watch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final NoticePolicy POLICY = NoticePolicy.defaults();
    // 10:00 in Berlin: outside quiet hours
    private static final Instant NOON = Instant.parse("2026-11-14T09:00:00Z");

    private static Snapshot onTrack(String eta) {
        return new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE,
                eta == null ? null : LocalDate.parse(eta), LocalDate.parse("2026-11-18"), null, false,
                CountryCode.of("DE"), null);
    }

    private static Snapshot with(Snapshot s, Status status, Stage stage, ExceptionType exception, Cause cause) {
        return new Snapshot(status, stage, exception, cause, s.etaLikely(), s.promisedBy(), s.claimDeadline(),
                s.escalate(), s.destination(), s.heldSince());
    }

    private static Snapshot withEta(Snapshot s, String eta) {
        return new Snapshot(s.status(), s.stage(), s.exception(), s.cause(), Optional.ofNullable(eta).map(LocalDate::parse),
                s.promisedBy(), s.claimDeadline(), s.escalate(), s.destination(), s.heldSince());
    }

    private static WatchState seen(Snapshot s) {
        return Rules.decide("o-1", WatchState.initial(), s, Trigger.INGEST, NOON.minus(Duration.ofDays(3)), POLICY)
                .after();
    }

    @Test
    void theFirstVerdictIsRecordedAsTransitionsFromNothing() {
        Decision d = Rules.decide("o-1", WatchState.initial(), onTrack("2026-11-16"), Trigger.INGEST, NOON, POLICY);
        assertThat(d.transitions()).extracting(Transition::field)
                .containsExactly(Field.STATUS, Field.STAGE, Field.EXCEPTION, Field.CAUSE, Field.ETA);
        assertThat(d.transitions()).allSatisfy(t -> assertThat(t.from()).isEmpty());
        assertThat(d.notices()).isEmpty();
    }

    @Test
    void anUnchangedVerdictRecordsNothingAndDecidesNothing() {
        WatchState state = seen(onTrack("2026-11-16"));
        Decision d = Rules.decide("o-1", state, onTrack("2026-11-16"), Trigger.TIME, NOON, POLICY);
        assertThat(d.transitions()).isEmpty();
        assertThat(d.notices()).isEmpty();
    }

    @Test
    void anEtaThatMovesWithinTheSameDayIsNoTransition() {
        WatchState state = seen(onTrack("2026-11-16"));
        assertThat(Rules.decide("o-1", state, onTrack("2026-11-16"), Trigger.POLL, NOON, POLICY).transitions())
                .isEmpty();
    }

    @Test
    void aFailedDeliveryTellsTheBuyerOnceWithAStableId() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot failed = with(before, Status.AT_RISK, Stage.LAST_MILE, ExceptionType.DELIVERY_FAILED, Cause.RECIPIENT);
        Decision first = Rules.decide("o-1", seen(before), failed, Trigger.POLL, NOON, POLICY);
        Decision again = Rules.decide("o-1", seen(before), failed, Trigger.POLL, NOON, POLICY);
        assertThat(first.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.EXCEPTION);
            assertThat(n.audience()).isEqualTo(Audience.BUYER);
        });
        assertThat(again.notices()).extracting(Notice::id).isEqualTo(first.notices().stream().map(Notice::id).toList());
        Decision later = Rules.decide("o-1", first.after(), failed, Trigger.TIME, NOON.plusSeconds(3600), POLICY);
        assertThat(later.notices()).isEmpty();
    }

    @Test
    void aCustomsHoldThatClearsWithinTheGracePeriodSaysNothing() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot held = with(before, Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS);
        Decision hold = Rules.decide("o-1", seen(before), held, Trigger.POLL, NOON, POLICY);
        assertThat(hold.notices()).isEmpty();
        Decision dayLater = Rules.decide("o-1", hold.after(), held, Trigger.TIME, NOON.plus(Duration.ofHours(24)), POLICY);
        assertThat(dayLater.notices()).isEmpty();
        Snapshot cleared = with(before, Status.ON_TRACK, Stage.LAST_MILE, ExceptionType.NONE, Cause.NONE);
        Decision clear = Rules.decide("o-1", dayLater.after(), cleared, Trigger.POLL, NOON.plus(Duration.ofHours(40)),
                POLICY);
        assertThat(clear.notices()).isEmpty();
        assertThat(Rules.decide("o-1", clear.after(), cleared, Trigger.TIME, NOON.plus(Duration.ofDays(5)), POLICY)
                .notices()).isEmpty();
    }

    @Test
    void aCustomsHoldPastTheGracePeriodTellsTheBuyerByTheTransitionThatOpenedIt() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot held = with(before, Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS);
        Decision hold = Rules.decide("o-1", seen(before), held, Trigger.POLL, NOON, POLICY);
        Decision past = Rules.decide("o-1", hold.after(), held, Trigger.TIME, NOON.plus(Duration.ofHours(48)), POLICY);
        assertThat(past.transitions()).isEmpty();
        assertThat(past.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.EXCEPTION);
            assertThat(n.causeKey()).isEqualTo(hold.transitions().stream()
                    .filter(t -> t.field() == Field.EXCEPTION).findFirst().orElseThrow().key());
        });
        assertThat(Rules.decide("o-1", past.after(), held, Trigger.TIME, NOON.plus(Duration.ofHours(72)), POLICY)
                .notices()).isEmpty();
    }

    @Test
    void aHoldFirstSeenLongAfterItBeganIsToldAtOnce() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot held = with(before, Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS);
        Snapshot heldForDays = new Snapshot(held.status(), held.stage(), held.exception(), held.cause(), held.etaLikely(),
                held.promisedBy(), Optional.empty(), false, held.destination(),
                Optional.of(NOON.minus(Duration.ofDays(4))));
        assertThat(Rules.decide("o-1", seen(before), heldForDays, Trigger.POLL, NOON, POLICY).notices())
                .extracting(Notice::kind).containsExactly(NoticeKind.EXCEPTION);
    }

    @Test
    void aShorterGracePeriodFromThePolicyIsHonoured() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot held = with(before, Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS);
        NoticePolicy noGrace = POLICY.withCustomsGrace(Duration.ZERO);
        assertThat(Rules.decide("o-1", seen(before), held, Trigger.POLL, NOON, noGrace).notices())
                .extracting(Notice::kind).containsExactly(NoticeKind.EXCEPTION);
    }

    @Test
    void anEtaLaterThanThePromiseByADayTellsWhatWasSaidAndWhatIsTrue() {
        Snapshot before = onTrack("2026-11-16");
        Decision d = Rules.decide("o-1", seen(before), withEta(before, "2026-11-19"), Trigger.POLL, NOON, POLICY);
        assertThat(d.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.ETA_CHANGED);
            assertThat(n.etaTold()).hasValue(LocalDate.parse("2026-11-18"));
            assertThat(n.etaNow()).hasValue(LocalDate.parse("2026-11-19"));
        });
        assertThat(d.after().toldEta()).hasValue(LocalDate.parse("2026-11-19"));
        // later again by a day against what was told now
        Decision again = Rules.decide("o-1", d.after(), withEta(before, "2026-11-20"), Trigger.POLL,
                NOON.plusSeconds(60), POLICY);
        assertThat(again.notices()).singleElement().satisfies(n ->
                assertThat(n.etaTold()).hasValue(LocalDate.parse("2026-11-19")));
    }

    @Test
    void anEtaThatMovesEarlierOrStaysWithinWhatWasToldSaysNothing() {
        Snapshot before = onTrack("2026-11-16");
        assertThat(Rules.decide("o-1", seen(before), withEta(before, "2026-11-18"), Trigger.POLL, NOON, POLICY)
                .notices()).isEmpty();
        assertThat(Rules.decide("o-1", seen(before), withEta(before, "2026-11-12"), Trigger.POLL, NOON, POLICY)
                .notices()).isEmpty();
    }

    private static Snapshot promised14(String eta) {
        return new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE, LocalDate.parse(eta),
                LocalDate.parse("2026-11-14"), null, false, CountryCode.of("DE"), null);
    }

    @Test
    void anEtaThatFlipsBackToWhatWasToldSaysNothingUntilItPassesIt() {
        // told the 14th (the promise); each step a day apart, at 10:00 in Berlin
        WatchState state = seen(promised14("2026-11-14"));
        String[] etas = {"2026-11-16", "2026-11-14", "2026-11-16", "2026-11-17"};
        int[] expected = {1, 0, 0, 1};
        String[] toldAfter = {"2026-11-16", "2026-11-16", "2026-11-16", "2026-11-17"};
        for (int i = 0; i < etas.length; i++) {
            Decision d = Rules.decide("o-1", state, promised14(etas[i]), Trigger.POLL,
                    NOON.plus(Duration.ofDays(i)), POLICY);
            assertThat(d.notices()).as("step %d to %s", i, etas[i]).hasSize(expected[i])
                    .allSatisfy(n -> assertThat(n.kind()).isEqualTo(NoticeKind.ETA_CHANGED));
            assertThat(d.after().toldEta()).as("told after step %d", i).hasValue(LocalDate.parse(toldAfter[i]));
            state = d.after();
        }
    }

    @Test
    void anEtaFlipFloppingOverManyTicksIsToldOnlyWhenItPassesWhatWasTold() {
        WatchState state = seen(promised14("2026-11-14"));
        List<Notice> sent = new java.util.ArrayList<>();
        for (int tick = 0; tick < 60; tick++) {          // every 4 hours for 10 days: 14th, 15th, 14th, ...
            String eta = tick % 2 == 0 ? "2026-11-15" : "2026-11-14";
            Decision d = Rules.decide("o-1", state, promised14(eta), Trigger.POLL,
                    NOON.plus(Duration.ofHours(4L * tick)), POLICY);
            sent.addAll(d.notices());
            state = d.after();
        }
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.etaTold()).hasValue(LocalDate.parse("2026-11-14"));
            assertThat(n.etaNow()).hasValue(LocalDate.parse("2026-11-15"));
        });
    }

    @Test
    void aDecisionChangesNothingOnlyWhenNoFieldNoticeOrRememberedDateMoves() {
        WatchState state = seen(onTrack("2026-11-16"));
        Snapshot same = onTrack("2026-11-16");
        Snapshot heldSinceOnly = new Snapshot(same.status(), same.stage(), same.exception(), same.cause(),
                same.etaLikely(), same.promisedBy(), Optional.empty(), false, same.destination(), Optional.of(NOON));
        assertThat(Rules.decide("o-1", state, same, Trigger.TIME, NOON, POLICY).changesNothing(state)).isTrue();
        assertThat(Rules.decide("o-1", state, heldSinceOnly, Trigger.TIME, NOON, POLICY).changesNothing(state))
                .as("when a hold began is read from the events at each look, not kept").isTrue();
        assertThat(Rules.decide("o-1", state, onTrack("2026-11-17"), Trigger.TIME, NOON, POLICY).changesNothing(state))
                .isFalse();
        Snapshot claim = new Snapshot(same.status(), same.stage(), same.exception(), same.cause(), same.etaLikely(),
                same.promisedBy(), Optional.of(LocalDate.parse("2027-01-30")), false, same.destination(),
                Optional.empty());
        assertThat(Rules.decide("o-1", state, claim, Trigger.TIME, NOON, POLICY).changesNothing(state))
                .as("a claim deadline is no transition but is kept").isFalse();
        assertThat(Rules.decide("o-1", WatchState.initial(), same, Trigger.INGEST, NOON, POLICY)
                .changesNothing(WatchState.initial())).isFalse();
    }

    @Test
    void deliveredLateAndLostTellTheBuyer() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot late = withEta(with(before, Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE, Cause.CARRIER),
                null);
        Snapshot lost = withEta(with(before, Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER), null);
        assertThat(Rules.decide("o-1", seen(before), late, Trigger.POLL, NOON, POLICY).notices())
                .extracting(Notice::kind).containsExactly(NoticeKind.DELIVERED_LATE);
        assertThat(Rules.decide("o-1", seen(before), lost, Trigger.POLL, NOON, POLICY).notices())
                .extracting(Notice::kind).containsExactly(NoticeKind.LOST);
    }

    @Test
    void aStalledParcelTellsTheShopItIsSilent() {
        Snapshot before = onTrack("2026-11-16");
        Snapshot stalled = with(before, Status.AT_RISK, Stage.LINEHAUL, ExceptionType.STALLED, Cause.UNKNOWN);
        Decision d = Rules.decide("o-1", seen(before), stalled, Trigger.TIME, NOON, POLICY);
        assertThat(d.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SILENT);
            assertThat(n.audience()).isEqualTo(Audience.SHOP);
        });
    }

    @Test
    void aBuyerWhoSaysItNeverCameNeedsAPerson() {
        Snapshot before = with(onTrack(null), Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Cause.NONE);
        Snapshot reported = new Snapshot(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NOT_RECEIVED, Cause.UNKNOWN,
                Optional.empty(), before.promisedBy(), Optional.empty(), true, before.destination(), Optional.empty());
        assertThat(Rules.decide("o-1", seen(before), reported, Trigger.INGEST, NOON, POLICY).notices())
                .extracting(Notice::kind).containsExactly(NoticeKind.NEEDS_PERSON);
    }

    @Test
    void aClaimIsDueToTheShopWithinTheLeadTimeOfItsDeadlineOnce() {
        Snapshot lost = new Snapshot(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, null,
                LocalDate.parse("2026-11-18"), LocalDate.parse("2026-12-20"), false, CountryCode.of("DE"), null);
        WatchState state = seen(lost);
        assertThat(Rules.decide("o-1", state, lost, Trigger.TIME, Instant.parse("2026-12-12T09:00:00Z"), POLICY)
                .notices()).isEmpty();
        Decision due = Rules.decide("o-1", state, lost, Trigger.TIME, Instant.parse("2026-12-13T09:00:00Z"), POLICY);
        assertThat(due.notices()).extracting(Notice::kind).containsExactly(NoticeKind.CLAIM_DUE);
        assertThat(Rules.decide("o-1", due.after(), lost, Trigger.TIME, Instant.parse("2026-12-14T09:00:00Z"), POLICY)
                .notices()).isEmpty();
    }

    @Test
    void aDateThatSlidesWithNoNewsIsToldOnceAWeekAndNewsIsToldAtOnce() {
        // a silent parcel promised for the 14th: each day without a scan its likely date moves a day
        WatchState state = seen(promised14("2026-11-14"));
        List<Instant> told = new java.util.ArrayList<>();
        for (int day = 1; day <= 15; day++) {
            Instant at = NOON.plus(Duration.ofDays(day));
            Decision d = Rules.decide("o-1", state, promised14(LocalDate.parse("2026-11-14").plusDays(day).toString()),
                    Trigger.TIME, at, POLICY);
            d.notices().forEach(n -> told.add(n.at()));
            state = d.after();
        }
        assertThat(told).containsExactly(NOON.plus(Duration.ofDays(1)), NOON.plus(Duration.ofDays(8)),
                NOON.plus(Duration.ofDays(15)));
        // what was told the 8th day is still what the next notice says was told
        assertThat(state.toldEta()).hasValue(LocalDate.parse("2026-11-29"));
        // a scan that moves the date again two days later is news: told at once, against the day told
        Decision news = Rules.decide("o-1", state, promised14("2026-12-03"), Trigger.POLL,
                NOON.plus(Duration.ofDays(17)), POLICY);
        assertThat(news.notices()).singleElement().satisfies(n -> {
            assertThat(n.etaTold()).hasValue(LocalDate.parse("2026-11-29"));
            assertThat(n.etaNow()).hasValue(LocalDate.parse("2026-12-03"));
        });
        // and a time-only slide right after news waits its week as well
        assertThat(Rules.decide("o-1", news.after(), promised14("2026-12-05"), Trigger.TIME,
                NOON.plus(Duration.ofDays(18)), POLICY).notices()).isEmpty();
    }

    @Test
    void aShopThatWantsEverySlideToldSetsZeroDays() {
        NoticePolicy everySlide = POLICY.withSlideNoticeDays(0);
        WatchState state = seen(promised14("2026-11-14"));
        int notices = 0;
        for (int day = 1; day <= 5; day++) {
            Decision d = Rules.decide("o-1", state, promised14(LocalDate.parse("2026-11-14").plusDays(day).toString()),
                    Trigger.TIME, NOON.plus(Duration.ofDays(day)), everySlide);
            notices += d.notices().size();
            state = d.after();
        }
        assertThat(notices).as("one a day, within the weekly cap of 3").isEqualTo(3);
    }

    @Test
    void theWeeklyCapHoldsBackInformationalNoticesButNotLoss() {
        NoticePolicy capOne = POLICY.withWeeklyCap(1);
        Snapshot before = onTrack("2026-11-16");
        Decision eta = Rules.decide("o-1", seen(before), withEta(before, "2026-11-19"), Trigger.POLL, NOON, capOne);
        assertThat(eta.notices()).hasSize(1);
        Snapshot failed = with(withEta(before, "2026-11-19"), Status.AT_RISK, Stage.LAST_MILE,
                ExceptionType.DELIVERY_FAILED, Cause.RECIPIENT);
        Decision capped = Rules.decide("o-1", eta.after(), failed, Trigger.POLL, NOON.plus(Duration.ofDays(2)), capOne);
        assertThat(capped.notices()).isEmpty();
        // a week after the first notice, the still-open exception is told
        Decision week = Rules.decide("o-1", capped.after(), failed, Trigger.TIME, NOON.plus(Duration.ofDays(7)), capOne);
        assertThat(week.notices()).extracting(Notice::kind).containsExactly(NoticeKind.EXCEPTION);
        Snapshot lost = withEta(with(before, Status.LOST, Stage.LAST_MILE, ExceptionType.LOST, Cause.CARRIER), null);
        assertThat(Rules.decide("o-1", week.after(), lost, Trigger.POLL, NOON.plus(Duration.ofDays(8)), capOne)
                .notices()).extracting(Notice::kind).containsExactly(NoticeKind.LOST);
    }

    @Test
    void aBuyerNoticeDecidedInQuietHoursWaitsForTheirMorningButAShopNoticeDoesNot() {
        Snapshot before = onTrack("2026-11-16");
        Instant lateEvening = Instant.parse("2026-11-14T21:30:00Z");   // 22:30 in Berlin
        Decision d = Rules.decide("o-1", seen(before), withEta(before, "2026-11-19"), Trigger.POLL, lateEvening,
                POLICY);
        assertThat(d.notices().get(0).sendAfter()).isEqualTo(Instant.parse("2026-11-15T07:00:00Z"));
        Snapshot stalled = with(before, Status.AT_RISK, Stage.LINEHAUL, ExceptionType.STALLED, Cause.UNKNOWN);
        Decision shop = Rules.decide("o-1", seen(before), stalled, Trigger.TIME, lateEvening, POLICY);
        assertThat(shop.notices().get(0).sendAfter()).isEqualTo(lateEvening);
    }

    @Test
    void noticeIdsDifferByShipmentKindAndCause() {
        assertThat(List.of(Notice.idOf("a", NoticeKind.LOST, "k"), Notice.idOf("b", NoticeKind.LOST, "k"),
                Notice.idOf("a", NoticeKind.EXCEPTION, "k"), Notice.idOf("a", NoticeKind.LOST, "k2")))
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("n-[0-9a-f]{20}"));
    }
}
