package dev.waybill.watch.rules;

import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The watching rules: state before, verdict now, what caused the look, the shop's policy, to
 * transitions, notices and the state after. Pure: no I/O, no clock; the same input gives the same
 * decision, notice ids included.
 *
 * <pre>{@code
 * Decision d = Rules.decide("order-1042", state, snapshot, Trigger.POLL, tickInstant, NoticePolicy.defaults());
 * }</pre>
 */
public final class Rules {

    /** The exceptions a buyer would notice (a stall or a report of theirs is the shop's business). */
    static final Set<ExceptionType> BUYER_VISIBLE = EnumSet.of(ExceptionType.EXPORT_HOLD,
            ExceptionType.CUSTOMS_HOLD, ExceptionType.DELIVERY_FAILED, ExceptionType.AWAITING_PICKUP,
            ExceptionType.DAMAGED, ExceptionType.RETURN_TO_SENDER);
    /** The holds that clear within the grace period in silence. */
    static final Set<ExceptionType> GRACED = EnumSet.of(ExceptionType.EXPORT_HOLD, ExceptionType.CUSTOMS_HOLD);

    private static final Duration WEEK = Duration.ofDays(7);

    private Rules() {
    }

    /**
     * Decides for one shipment.
     *
     * @param shipment the shipment's id
     * @param before   what is stored
     * @param now      the verdict at {@code at}
     * @param trigger  what caused this look
     * @param at       the instant of the tick or the intake
     * @param policy   the shop's notice policy
     */
    public static Decision decide(String shipment, WatchState before, Snapshot now, Trigger trigger, Instant at,
                                  NoticePolicy policy) {
        List<Transition> transitions = new ArrayList<>();
        Snapshot last = before.last().orElse(null);
        for (Field field : Field.values()) {
            // compared as values; the texts a transition records are made only for a field that changed
            if (last == null ? now.value(field).isPresent() : !last.sameIn(field, now)) {
                transitions.add(new Transition(shipment, at, field,
                        last == null ? Optional.empty() : last.value(field), now.value(field), trigger));
            }
        }

        String exceptionKey = before.exceptionKey().orElse(null);
        Instant exceptionSince = before.exceptionSince().orElse(null);
        LocalDate toldEta = before.toldEta().orElse(null);
        List<Candidate> candidates = new ArrayList<>();
        for (Transition t : transitions) {
            switch (t.field()) {
                case EXCEPTION -> {
                    boolean open = now.exception() != ExceptionType.NONE;
                    exceptionKey = open ? t.key() : null;
                    exceptionSince = open ? at : null;
                    if (now.exception() == ExceptionType.STALLED) {
                        candidates.add(new Candidate(NoticeKind.SILENT, t.key(), null, null));
                    }
                    if (now.exception() == ExceptionType.NOT_RECEIVED) {
                        candidates.add(new Candidate(NoticeKind.NEEDS_PERSON, t.key(), null, null));
                    }
                }
                case STATUS -> {
                    if (now.status() == Status.LOST) {
                        candidates.add(new Candidate(NoticeKind.LOST, t.key(), null, null));
                    } else if (now.status() == Status.DELIVERED_LATE) {
                        candidates.add(new Candidate(NoticeKind.DELIVERED_LATE, t.key(), null, null));
                    }
                }
                case ETA -> {
                    LocalDate told = toldEta != null ? toldEta : now.promisedBy().orElse(null);
                    LocalDate likely = now.etaLikely().orElse(null);
                    if (likely != null && told != null && !likely.isBefore(told.plusDays(1))) {
                        if (trigger != Trigger.TIME || !toldWithin(before.ledger(), at, policy.slideNoticeDays())) {
                            candidates.add(new Candidate(NoticeKind.ETA_CHANGED, t.key(), told, likely));
                        }
                    } else if (toldEta == null && likely != null && now.promisedBy().isEmpty()) {
                        toldEta = likely;         // the first estimate is what the shop showed
                    }
                }
                default -> {
                }
            }
        }
        // an open exception the buyer would notice, once past the grace period for customs holds
        if (exceptionKey != null && BUYER_VISIBLE.contains(now.exception())
                && (!GRACED.contains(now.exception())
                    || !at.isBefore(earlier(exceptionSince, now.heldSince().orElse(null)).plus(policy.customsGrace())))) {
            candidates.add(new Candidate(NoticeKind.EXCEPTION, exceptionKey, null, null));
        }
        if (now.escalate() && !before.last().map(Snapshot::escalate).orElse(false)) {
            candidates.add(new Candidate(NoticeKind.NEEDS_PERSON, "escalate@" + at, null, null));
        }
        if (now.claimDeadline().isPresent()) {
            LocalDate today = LocalDate.ofInstant(at, policy.zoneOf(now.destination()));
            LocalDate deadline = now.claimDeadline().get();
            if (!today.isBefore(deadline.minusDays(policy.claimLeadDays())) && !today.isAfter(deadline)) {
                candidates.add(new Candidate(NoticeKind.CLAIM_DUE, "claim:" + deadline, null, null));
            }
        }

        // most looks decide no notice: the ledger is then kept as it is, and no time zone looked up
        List<LedgerEntry> ledger = candidates.isEmpty() ? before.ledger() : new ArrayList<>(before.ledger());
        ZoneId buyerZone = candidates.isEmpty() ? null : policy.zoneOf(now.destination());
        List<Notice> notices = new ArrayList<>();
        for (Candidate c : candidates) {
            if (decided(ledger, c.kind, c.causeKey) || neededBy(notices, c.kind)) {
                continue;
            }
            if (c.kind.capped() && cappedCount(ledger, at) >= policy.weeklyCap()) {
                continue;
            }
            Instant sendAfter = c.kind.audience() == Audience.BUYER
                    ? policy.quietHours().releaseAt(at, buyerZone) : at;
            Notice notice = Notice.of(shipment, c.kind, c.causeKey, at, sendAfter, c.etaTold, c.etaNow);
            notices.add(notice);
            ledger.add(LedgerEntry.from(notice));
            if (c.kind.audience() == Audience.BUYER && now.etaLikely().isPresent()) {
                toldEta = now.etaLikely().get();
            }
        }
        return new Decision(transitions, notices,
                new WatchState(now, toldEta, exceptionKey, exceptionSince, ledger));
    }

    /** The hold began at its event, or when first seen if that is earlier or the event unknown. */
    private static Instant earlier(Instant seen, Instant event) {
        return event != null && event.isBefore(seen) ? event : seen;
    }

    private static boolean decided(List<LedgerEntry> ledger, NoticeKind kind, String causeKey) {
        return ledger.stream().anyMatch(e -> e.kind() == kind && e.causeKey().equals(causeKey));
    }

    private static boolean neededBy(List<Notice> notices, NoticeKind kind) {
        return notices.stream().anyMatch(n -> n.kind() == kind);
    }

    /**
     * True when the buyer heard of a new date less than {@code days} days before {@code at}: a date that
     * only the passing of time moved waits (the one told still stands for what the carrier last said).
     */
    private static boolean toldWithin(List<LedgerEntry> ledger, Instant at, int days) {
        Instant since = at.minus(Duration.ofDays(days));
        return ledger.stream().anyMatch(e -> e.kind() == NoticeKind.ETA_CHANGED && e.at().isAfter(since));
    }

    private static long cappedCount(List<LedgerEntry> ledger, Instant at) {
        Instant weekAgo = at.minus(WEEK);
        return ledger.stream().filter(e -> e.kind().capped() && e.at().isAfter(weekAgo)).count();
    }

    private record Candidate(NoticeKind kind, String causeKey, LocalDate etaTold, LocalDate etaNow) {
    }
}
