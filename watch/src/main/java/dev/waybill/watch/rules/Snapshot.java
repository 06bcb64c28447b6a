package dev.waybill.watch.rules;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a verdict the rules read: what a transition compares and what a notice depends on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status        the verdict's status
 * @param stage         the verdict's stage
 * @param exception     the open exception, or NONE
 * @param cause         the cause, or NONE
 * @param etaLikely     the likely delivery date, empty when the verdict has no ETA
 * @param promisedBy    the date promised to the buyer, empty when none
 * @param claimDeadline the last day to file the claim the verdict allows, empty when none
 * @param escalate      true when the verdict asks for a person ({@code ESCALATE_TO_AGENT})
 * @param destination   the destination country, whose time zone is the buyer's
 * @param heldSince     for an export or customs hold, the instant of the event that began it; else empty
 */
public record Snapshot(Status status, Stage stage, ExceptionType exception, Cause cause,
                       Optional<LocalDate> etaLikely, Optional<LocalDate> promisedBy,
                       Optional<LocalDate> claimDeadline, boolean escalate, CountryCode destination,
                       Optional<Instant> heldSince) {

    /** Validates the parts. */
    public Snapshot {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(etaLikely, "etaLikely");
        Objects.requireNonNull(promisedBy, "promisedBy");
        Objects.requireNonNull(claimDeadline, "claimDeadline");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(heldSince, "heldSince");
    }

    /** A snapshot whose optional parts are plain values, null when absent. */
    public Snapshot(Status status, Stage stage, ExceptionType exception, Cause cause, LocalDate etaLikely,
                    LocalDate promisedBy, LocalDate claimDeadline, boolean escalate, CountryCode destination,
                    Instant heldSince) {
        this(status, stage, exception, cause, Optional.ofNullable(etaLikely), Optional.ofNullable(promisedBy),
                Optional.ofNullable(claimDeadline), escalate, destination, Optional.ofNullable(heldSince));
    }

    /**
     * True when {@code other} has the same values in every part but {@link #heldSince()}, which is read
     * from the events at each look and not kept between looks.
     */
    public boolean sameAs(Snapshot other) {
        return status == other.status && stage == other.stage && exception == other.exception
                && cause == other.cause && etaLikely.equals(other.etaLikely)
                && promisedBy.equals(other.promisedBy) && claimDeadline.equals(other.claimDeadline)
                && escalate == other.escalate && destination.equals(other.destination);
    }

    /** True when {@code other} has the same value of {@code field}, as {@link #value} would say. */
    boolean sameIn(Field field, Snapshot other) {
        return switch (field) {
            case STATUS -> status == other.status;
            case STAGE -> stage == other.stage;
            case EXCEPTION -> exception == other.exception;
            case CAUSE -> cause == other.cause;
            case ETA -> etaLikely.equals(other.etaLikely);
        };
    }

    /** The value of {@code field} as recorded in a transition; empty for an ETA when there is none. */
    public Optional<String> value(Field field) {
        return switch (field) {
            case STATUS -> Optional.of(status.name());
            case STAGE -> Optional.of(stage.name());
            case EXCEPTION -> Optional.of(exception.name());
            case CAUSE -> Optional.of(cause.name());
            case ETA -> etaLikely.map(LocalDate::toString);
        };
    }
}
