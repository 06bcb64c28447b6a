package dev.waybill.delay;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The timing of a lane for the parcels whose promised lead lies in {@code [fromDays, toDays)}: the
 * days from the label's date to {@code promisedBy}. A marketplace promises far destinations later
 * than near ones, so the promised lead tells the verdict engine about the distance a lane alone
 * does not show. A profile with promise bands judges each parcel against the band of its promised
 * lead, and against its own stages where the parcel has no promise or no band holds it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fromDays the shortest promised lead of the band, at least 0
 * @param toDays   the first promised lead past the band; {@link #UNBOUNDED} for no end
 * @param profile  the band's timing, as a profile without bands (its id names the band, its
 *                 source says where the numbers come from)
 */
public record PromiseBand(int fromDays, int toDays, TransitProfile profile) {

    /** The {@code toDays} of a band with no end. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Validates the range and that the band's profile has no bands of its own. */
    public PromiseBand {
        Objects.requireNonNull(profile, "profile");
        if (fromDays < 0 || toDays <= fromDays) {
            throw new IllegalArgumentException(profile.id() + ": a promise band needs 0 <= fromDays < toDays, got "
                    + fromDays + " and " + toDays);
        }
        if (!profile.promiseBands().isEmpty()) {
            throw new IllegalArgumentException(profile.id() + ": a promise band cannot have bands of its own");
        }
    }

    /** True when a promised lead of {@code days} falls in this band. */
    public boolean contains(int days) {
        return days >= fromDays && days < toDays;
    }

    /** The id of band {@code [fromDays, toDays)} of profile {@code parentId}, for example {@code X/PROMISED-18-20D}. */
    public static String id(String parentId, int fromDays, int toDays) {
        return parentId + "/PROMISED-" + fromDays + (toDays == UNBOUNDED ? "+" : "-" + (toDays - 1)) + "D";
    }

    /**
     * The promised lead of {@code shipment}: whole days from the local date of its label (of its
     * first event where it has no label) to {@code promisedBy}; empty without a promise or an event.
     */
    public static OptionalInt promisedLead(Shipment shipment) {
        LocalDate promised = shipment.promisedBy().orElse(null);
        if (promised == null || shipment.events().isEmpty()) {
            return OptionalInt.empty();
        }
        TrackingEvent start = shipment.events().get(0);
        for (TrackingEvent event : shipment.events()) {
            if (event.code() == EventCode.LABEL_CREATED) {
                start = event;
                break;
            }
        }
        long days = ChronoUnit.DAYS.between(start.at().toLocalDate(), promised);
        return days < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(days, UNBOUNDED - 1L));
    }
}
