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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * An ETA that moves back and forth over many looks, at any hour (quiet hours included): the buyer
 * hears of it only when it passes what they were last told, never of the same day twice, and never
 * more often than the weekly cap.
 */
class EtaNoticePropertiesTest {

    private static final LocalDate PROMISED = LocalDate.parse("2026-11-14");
    private static final Instant START = Instant.parse("2026-11-10T00:00:00Z");

    @Property(tries = 300)
    void aFlippingEtaIsToldOnlyWhenItPassesWhatWasTold(
            @ForAll @Size(min = 1, max = 80) List<@IntRange(min = -2, max = 4) Integer> daysPastPromise,
            @ForAll @IntRange(min = 1, max = 12) int hoursBetweenLooks,
            @ForAll @IntRange(min = 1, max = 5) int weeklyCap) {
        NoticePolicy policy = NoticePolicy.defaults().withWeeklyCap(weeklyCap);
        WatchState state = WatchState.initial();
        LocalDate told = PROMISED;
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < daysPastPromise.size(); i++) {
            Instant at = START.plus(Duration.ofHours((long) hoursBetweenLooks * i));
            LocalDate likely = PROMISED.plusDays(daysPastPromise.get(i));
            Snapshot now = new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE, likely,
                    PROMISED, null, false, CountryCode.of("DE"), null);
            Decision d = Rules.decide("o-1", state, now, i == 0 ? Trigger.INGEST : Trigger.TIME, at, policy);
            for (Notice n : d.notices()) {
                assertThat(n.kind()).isEqualTo(NoticeKind.ETA_CHANGED);
                assertThat(n.etaTold()).as("what the buyer was last told").hasValue(told);
                assertThat(n.etaNow()).hasValue(likely);
                assertThat(likely).isAfter(told);
                told = likely;
                notices.add(n);
            }
            assertThat(d.after().toldEta().orElse(PROMISED)).isEqualTo(told);
            state = d.after();
        }
        assertThat(notices).extracting(n -> n.etaNow().orElseThrow()).doesNotHaveDuplicates().isSorted();
        for (Notice n : notices) {
            Instant weekBefore = n.at().minus(Duration.ofDays(7));
            assertThat(notices.stream().filter(o -> o.at().isAfter(weekBefore) && !o.at().isAfter(n.at())).count())
                    .isLessThanOrEqualTo(weeklyCap);
        }
    }
}
