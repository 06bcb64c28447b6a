package dev.waybill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.delay.Basis;
import dev.waybill.delay.LaneMatch;
import dev.waybill.delay.LossRule;
import dev.waybill.delay.Place;
import dev.waybill.delay.StageTiming;
import dev.waybill.delay.Status;
import dev.waybill.delay.TransitProfile;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.message.Message;
import dev.waybill.message.MessageComposer;
import dev.waybill.message.MessageRequest;
import dev.waybill.returns.HolidayCalendar;
import dev.waybill.returns.ReturnRule;
import dev.waybill.returns.ReturnRuleBook;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalEvaluator;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TrackingEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The facade: assessment by its clock, delegation to the adapters, and what it refuses. */
class WaybillTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static VerdictEngine engine() {
        List<TransitProfile> profiles = new ArrayList<>();
        Map<Stage, StageTiming> stages = new EnumMap<>(Stage.class);
        for (Stage stage : TransitProfile.route(false)) {
            stages.put(stage, StageTiming.of(1, 2, 4, 3));
        }
        for (Mode mode : Mode.values()) {
            for (boolean domestic : new boolean[] {true, false}) {
                profiles.add(new TransitProfile(mode + "-" + domestic,
                        new LaneMatch(Place.ANY, Place.ANY, mode, domestic, Optional.empty(), Optional.empty()),
                        stages, 3,
                        LossRule.afterSilence(20, "t"), Basis.DEFAULT, "t"));
            }
        }
        return VerdictEngine.builder(TransitProfiles.of(profiles, List.of())).build();
    }

    private static final Shipment PICKED_UP_TODAY = Shipment.builder("o-1",
                    Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR))
            .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-20T08:00:00+08:00"), EventCode.PICKED_UP)).build();

    /** An adapter that knows one parcel. */
    private static final class FakeAdapter implements CarrierAdapter {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public int batchLimit() {
            return 40;
        }

        @Override
        public List<TrackingResult> track(List<String> trackingNumbers) {
            calls.add(trackingNumbers);
            return trackingNumbers.stream().<TrackingResult>map(n -> n.equals("KNOWN")
                    ? new TrackingResult.Found(n, PICKED_UP_TODAY) : new TrackingResult.NotYetKnown(n, "no data")).toList();
        }

        @Override
        public List<Shipment> parse(byte[] body) {
            return List.of();
        }

        @Override
        public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        }
    }

    @Test
    void assessReadsNowFromTheClockGivenAtBuildTime() {
        Waybill waybill = Waybill.builder().verdicts(engine()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        Assessment assessment = waybill.assess(PICKED_UP_TODAY);

        assertThat(assessment).isEqualTo(waybill.assess(PICKED_UP_TODAY, NOW));
        assertThat(assessment.verdict().status()).isEqualTo(Status.ON_TRACK);
        assertThat(waybill.assess(PICKED_UP_TODAY, NOW.plusSeconds(86_400 * 30)).verdict().status())
                .isEqualTo(Status.LOST);
    }

    @Test
    void withoutClaimOrCompensationEnginesTheAssessmentCarriesOnlyTheVerdict() {
        Assessment assessment = Waybill.builder().verdicts(engine()).build().assess(PICKED_UP_TODAY, NOW);

        assertThat(assessment.claim()).isEmpty();
        assertThat(assessment.remedy()).isEmpty();
    }

    @Test
    void trackGoesThroughTheAdapterRegisteredByHand() {
        FakeAdapter adapter = new FakeAdapter();
        Waybill waybill = Waybill.builder().verdicts(engine()).carrier(adapter).build();

        List<TrackingResult> results = waybill.track("FAKE", List.of("KNOWN", "NEW"));

        assertThat(adapter.calls).containsExactly(List.of("KNOWN", "NEW"));
        assertThat(results.get(0)).isEqualTo(new TrackingResult.Found("KNOWN", PICKED_UP_TODAY));
        assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThatThrownBy(() -> waybill.track("dhl", List.of("X")))
                .hasMessageContaining("no carrier adapter named 'dhl'").hasMessageContaining("fake");
    }

    @Test
    void aMessageNeedsAComposer() {
        Waybill waybill = Waybill.builder().verdicts(engine()).build();

        assertThatThrownBy(() -> waybill.message(PICKED_UP_TODAY, MessageRequest.builder(LocalDate.now()).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no message composer");
    }

    @Test
    void aMessageIsAskedForFromTheAssessmentThatHoldsItsShipment() {
        AtomicReference<Shipment> composedFor = new AtomicReference<>();
        MessageComposer composer = (shipment, assessment, request) -> {
            composedFor.set(shipment);
            return null;
        };
        Waybill waybill = Waybill.builder().verdicts(engine()).messages(composer).build();
        Assessment assessment = waybill.assess(PICKED_UP_TODAY, NOW);

        Message ignored = waybill.message(assessment, MessageRequest.builder(LocalDate.parse("2026-11-20")).build());

        assertThat(ignored).isNull();
        assertThat(assessment.shipment()).isSameAs(PICKED_UP_TODAY);
        assertThat(composedFor.get()).isSameAs(PICKED_UP_TODAY);
    }

    @Test
    void anAssessmentRefusesAVerdictOfAnotherShipment() {
        Assessment assessment = Waybill.builder().verdicts(engine()).build().assess(PICKED_UP_TODAY, NOW);
        Shipment other = Shipment.builder("o-2", PICKED_UP_TODAY.lane()).build();

        assertThatThrownBy(() -> Assessment.of(other, assessment.verdict()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'o-1'").hasMessageContaining("'o-2'");
    }

    @Test
    void returnsAreDecidedByTheConfiguredWithdrawalEvaluator() {
        CountryCode us = CountryCode.of("US");
        HolidayCalendar none = new HolidayCalendar() {
            @Override
            public boolean isPublicHoliday(CountryCode country, LocalDate date) {
                return false;
            }

            @Override
            public boolean covers(CountryCode country) {
                return true;
            }
        };
        WithdrawalEvaluator evaluator = WithdrawalEvaluator.of(ReturnRuleBook.of(List.of(
                ReturnRule.builder(us, "16 CFR Part 429 excludes online sales").build())), none);
        WithdrawalRequest request = WithdrawalRequest.builder(us, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-10")).build();
        Waybill waybill = Waybill.builder().verdicts(engine()).returns(evaluator).build();

        WithdrawalDecision decision = waybill.returns(request);

        assertThat(decision).isEqualTo(evaluator.decide(request));
        assertThat(waybill.withdrawals()).containsSame(evaluator);
        assertThatThrownBy(() -> Waybill.builder().verdicts(engine()).build().returns(request))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no withdrawal evaluator");
    }

    @Test
    void aVerdictEngineIsRequired() {
        assertThatThrownBy(() -> Waybill.builder().build()).hasMessageContaining("verdict engine is required");
    }

    @Test
    void toBuilderKeepsEverythingButWhatIsChanged() {
        FakeAdapter adapter = new FakeAdapter();
        Waybill original = Waybill.builder().verdicts(engine()).carrier(adapter).build();

        Waybill later = original.toBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThat(later.carriers().names()).containsExactly("fake");
        assertThat(later.verdicts()).isSameAs(original.verdicts());
        assertThat(later.clock().instant()).isEqualTo(NOW);
    }
}
