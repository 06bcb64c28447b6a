package dev.waybill.examples.sandbox;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an API's vocabulary carries a recorded timeline faithfully: the adapter must read back the
 * same events, except that a hub scan and plain movement are interchangeable (neither moves the
 * stage), and a departure an API has no word for may come back as plain movement when a later event
 * moves the parcel past the linehaul anyway. A customs release is not such a code: it opens the next
 * stage itself, so reading it back as movement would change when that stage began.
 */
final class Fidelity {

    private static final Set<EventCode> MOVEMENT = EnumSet.of(EventCode.HUB_SCAN, EventCode.IN_TRANSIT);
    private static final Set<EventCode> STAGE_ONLY = EnumSet.of(EventCode.DEPARTED_ORIGIN);

    private Fidelity() {
    }

    /** True when {@code read} carries {@code recorded} faithfully. */
    static boolean faithful(List<TrackingEvent> recorded, List<TrackingEvent> read) {
        if (recorded.size() != read.size()) {
            return false;
        }
        for (int i = 0; i < recorded.size(); i++) {
            TrackingEvent want = recorded.get(i);
            TrackingEvent got = read.get(i);
            if (!want.instant().equals(got.instant())) {
                return false;
            }
            boolean same = want.code() == got.code() && want.reason().equals(got.reason());
            boolean bothMovement = MOVEMENT.contains(want.code()) && MOVEMENT.contains(got.code())
                    && want.reason().equals(got.reason());
            boolean overtaken = STAGE_ONLY.contains(want.code()) && MOVEMENT.contains(got.code())
                    && overtakenLater(want, recorded.subList(i + 1, recorded.size()));
            if (!same && !bothMovement && !overtaken) {
                return false;
            }
        }
        return true;
    }

    private static boolean overtakenLater(TrackingEvent event, List<TrackingEvent> later) {
        Stage stage = event.code().stage(true).orElseThrow();
        return later.stream().map(e -> e.code().stage(true)).anyMatch(s -> s.isPresent()
                && s.get().ordinal() > stage.ordinal() && s.get() != Stage.RETURN);
    }
}
