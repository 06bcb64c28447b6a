package dev.waybill.delay;

import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.shipment.Stage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the verdict engine concluded about one shipment at one moment: where it is, whether it is
 * on track, what is wrong and why, when it will likely arrive, whom to recover a loss from and what
 * to do now. {@link #explanation()} says, rule by rule, why it came out this way.
 *
 * <p>Immutable and thread-safe. Produced by {@link VerdictEngine}.
 *
 * @param id          the shipment's id
 * @param status      the headline
 * @param stage       where the parcel is now, or was last seen
 * @param exception   the open problem, or {@link ExceptionType#NONE}
 * @param cause       the most likely cause, or {@link Cause#NONE}
 * @param daysLate    days past the promised date: actual if delivered, else of the likely ETA; 0 without a promise
 * @param eta         the revised delivery window; empty once delivered, lost or returning
 * @param silentDays  whole days since the latest event
 * @param recoverFrom whom the seller claims against for a loss or damage
 * @param evidence    what to collect for that claim
 * @param actions     what the shop should do now, most urgent first
 * @param profile     the id of the transit profile the verdict was judged against
 * @param explanation the rules that fired, in order, in plain words
 */
public record Verdict(String id, Status status, Stage stage, ExceptionType exception, Cause cause, int daysLate,
                      Optional<Eta> eta, int silentDays, Party recoverFrom, List<Evidence> evidence, List<Action> actions,
                      String profile, List<String> explanation) {

    /** Validates the parts and copies the lists. */
    public Verdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(recoverFrom, "recoverFrom");
        Objects.requireNonNull(profile, "profile");
        if (daysLate < 0) {
            throw new IllegalArgumentException("daysLate is negative: " + daysLate);
        }
        evidence = List.copyOf(evidence);
        actions = List.copyOf(actions);
        // the engine's explanation is already unmodifiable, and written out only when read
        explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
    }

    /** True when the parcel has reached the buyer by the carrier's account. */
    public boolean isDelivered() {
        return status == Status.DELIVERED || status == Status.DELIVERED_LATE;
    }

    /** True when something is wrong that the buyer should hear about. */
    public boolean hasOpenException() {
        return exception != ExceptionType.NONE;
    }
}
