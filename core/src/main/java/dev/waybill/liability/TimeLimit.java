package dev.waybill.liability;

import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One time limit of a regime: when a claim may first be made, or the last day to give notice, file
 * the claim or sue. Counting leaves out the day of the triggering event, so "within 14 days of
 * delivery on 10 February" ends on 24 February.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TimeLimit dhl = TimeLimit.builder(TimeLimit.Kind.CLAIM, 30, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
 *         .losses(EnumSet.of(LossKind.LOSS, LossKind.DAMAGE))
 *         .source(Source.of("DHL Express Terms and Conditions of Carriage, claims", "C-EXP-05", Confidence.VERIFIED_PRIMARY))
 *         .build();
 * }</pre>
 *
 * @param kind       what the limit is
 * @param losses     the loss kinds it applies to, not empty
 * @param amount     how many units, at least 0 (0 for "at delivery")
 * @param unit       the unit counted
 * @param from       the event counted from
 * @param offsetDays days added to the event before counting (CMR counts total loss from the 60th day after taking over)
 * @param barring    whether missing it bars the claim; a notice that only shifts the burden of proof is not barring
 * @param validity   the dates of carriage it is in force for
 * @param source     the citation, research row and confidence
 */
public record TimeLimit(Kind kind, Set<LossKind> losses, int amount, Unit unit, Trigger from, int offsetDays,
                        boolean barring, Validity validity, Source source) {

    /** What a time limit governs. */
    public enum Kind {
        /** The first day a claim for a loss may be made (the loss is presumed or the carrier accepts claims). */
        OPENS("claim opens"),
        /** The last day to give the carrier written notice or a complaint. */
        NOTICE("notice"),
        /** The last day to file the claim with the carrier. */
        CLAIM("claim"),
        /** The last day to bring a legal action (limitation period). */
        ACTION("action");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The kind in words. */
        public String words() {
            return words;
        }
    }

    /** The unit a time limit counts in. */
    public enum Unit {
        /** Calendar days. */
        DAYS,
        /** Monday to Friday; public holidays are not known to Waybill's liability rules and count as working days. */
        WORKING_DAYS,
        /** Every day but Sunday (CMR Art 30 leaves out Sundays and public holidays; holidays are not known here). */
        DAYS_EXCEPT_SUNDAYS,
        /** Calendar months. */
        MONTHS,
        /** Calendar years. */
        YEARS
    }

    /** Validates the parts and copies the loss kinds. */
    public TimeLimit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("a time limit must apply to at least one loss kind");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("amount is negative: " + amount);
        }
        if (offsetDays < 0) {
            throw new IllegalArgumentException("offsetDays is negative: " + offsetDays);
        }
        if (kind == Kind.OPENS && !barring) {
            throw new IllegalArgumentException("an opening is not a deadline and cannot be non-barring");
        }
        losses = Set.copyOf(EnumSet.copyOf(losses));
    }

    /** A builder for a limit of {@code amount} {@code unit}s counted from {@code from}. */
    public static Builder builder(Kind kind, int amount, Unit unit, Trigger from) {
        return new Builder(kind, amount, unit, from);
    }

    /** True when this limit applies to {@code loss} for goods carried on {@code carriedOn}. */
    public boolean appliesTo(LossKind loss, LocalDate carriedOn) {
        return losses.contains(loss) && validity.inForceOn(carriedOn);
    }

    /** True for a last day (notice, claim, action) rather than a first day. */
    public boolean isDeadline() {
        return kind != Kind.OPENS;
    }

    /** The date this limit falls on when its triggering event happened on {@code eventDate}. */
    public LocalDate dateAfter(LocalDate eventDate) {
        LocalDate start = eventDate.plusDays(offsetDays);
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
            case WORKING_DAYS -> countDays(start, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            case DAYS_EXCEPT_SUNDAYS -> countDays(start, EnumSet.of(DayOfWeek.SUNDAY));
        };
    }

    /** The limit in words, for example {@code notice within 14 days of delivery}. */
    public String describe() {
        String event = (offsetDays == 0 ? "" : "the " + ordinal(offsetDays) + " day after ") + from.words();
        if (amount == 0) {
            return kind.words() + " at " + event;
        }
        String span = amount + " " + unitWords();
        return kind == Kind.OPENS ? kind.words() + " " + span + " after " + event
                : kind.words() + " within " + span + " of " + event;
    }

    private LocalDate countDays(LocalDate start, Set<DayOfWeek> skipped) {
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (!skipped.contains(day.getDayOfWeek())) {
                counted++;
            }
        }
        return day;
    }

    private String unitWords() {
        String singular = switch (unit) {
            case DAYS -> "day";
            case WORKING_DAYS -> "working day";
            case DAYS_EXCEPT_SUNDAYS -> "day (Sundays excepted)";
            case MONTHS -> "month";
            case YEARS -> "year";
        };
        if (amount == 1) {
            return singular;
        }
        return unit == Unit.DAYS_EXCEPT_SUNDAYS ? "days (Sundays excepted)" : singular + "s";
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** Builds a {@link TimeLimit}. Not thread-safe; the built limit is. */
    public static final class Builder {
        private final Kind kind;
        private final int amount;
        private final Unit unit;
        private final Trigger from;
        private Set<LossKind> losses = EnumSet.allOf(LossKind.class);
        private int offsetDays;
        private boolean barring = true;
        private Validity validity = Validity.ALWAYS;
        private Source source;

        private Builder(Kind kind, int amount, Unit unit, Trigger from) {
            this.kind = kind;
            this.amount = amount;
            this.unit = unit;
            this.from = from;
        }

        /** The loss kinds it applies to; all of them by default. */
        public Builder losses(Set<LossKind> losses) {
            this.losses = losses;
            return this;
        }

        /** Days added to the event before counting; 0 by default. */
        public Builder offsetDays(int offsetDays) {
            this.offsetDays = offsetDays;
            return this;
        }

        /** Whether missing it bars the claim; true by default. */
        public Builder barring(boolean barring) {
            this.barring = barring;
            return this;
        }

        /** The dates of carriage it is in force for; always by default. */
        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        /** The citation, research row and confidence; required. */
        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        /** The time limit; throws naming a missing or bad part. */
        public TimeLimit build() {
            return new TimeLimit(kind, losses, amount, unit, from, offsetDays, barring, validity, source);
        }
    }
}
