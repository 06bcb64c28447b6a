package dev.waybill.watch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    static final Instant AT = Instant.parse("2026-11-14T09:00:00Z");

    static Snapshot at(Status status, Stage stage, ExceptionType exception) {
        return new Snapshot(status, stage, exception, Cause.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                false, CountryCode.of("DE"), Optional.empty());
    }

    private static Duration wait(Snapshot snapshot, double stageP50Days, boolean webhooks) {
        return PollSchedule.next(snapshot, AT, stageP50Days, webhooks).map(next -> Duration.between(AT, next))
                .orElse(null);
    }

    @Test
    void aQuietStageIsPacedByTheLanesProfileBetweenThreeHoursAndTwoDays() {
        Snapshot linehaul = at(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE);
        assertThat(wait(linehaul, 2.0, false)).isEqualTo(Duration.ofHours(6));         // an air hop of two days
        assertThat(wait(linehaul, 30.0, false)).isEqualTo(Duration.ofHours(48));       // a month at sea
        assertThat(wait(linehaul, 0.5, false)).isEqualTo(Duration.ofHours(3));         // a short truck leg
        assertThat(wait(at(Status.AT_RISK, Stage.FIRST_MILE, ExceptionType.NONE), 4.0, false))
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void heldInCustomsOrInTheLastMileIsLookedAtOftenWhateverTheLane() {
        assertThat(wait(at(Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD), 30.0, false))
                .isEqualTo(Duration.ofHours(2));
        assertThat(wait(at(Status.ON_TRACK, Stage.LAST_MILE, ExceptionType.NONE), 30.0, false))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aShipmentWithWebhooksIsPolledDailyAsAFallbackAndADeliveredOneNotAtAll() {
        assertThat(wait(at(Status.ON_TRACK, Stage.LAST_MILE, ExceptionType.NONE), 2.0, true))
                .isEqualTo(PollSchedule.WEBHOOK_FALLBACK);
        assertThat(wait(at(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE), 30.0, true))
                .isEqualTo(Duration.ofHours(48));
        assertThat(wait(at(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE), 0, true)).isNull();
    }
}
