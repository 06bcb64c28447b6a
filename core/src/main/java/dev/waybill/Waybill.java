package dev.waybill;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.liability.Claim;
import dev.waybill.liability.ClaimEngine;
import dev.waybill.liability.SdrRate;
import dev.waybill.message.Message;
import dev.waybill.message.MessageComposer;
import dev.waybill.message.MessageRequest;
import dev.waybill.remedy.ClaimRequests;
import dev.waybill.remedy.CompensationEngine;
import dev.waybill.remedy.CompensationRequest;
import dev.waybill.remedy.Remedy;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalEvaluator;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facade a shop backend holds: built once, immutable and thread-safe. For a shipment it gives
 * the {@link Assessment} (the delay verdict, the claim against the liable party, the remedy to
 * offer the buyer) and, from that assessment, the {@link Message} to send; for a return, the
 * {@link WithdrawalDecision}; {@link #track(String, List)} fetches tracking through a carrier adapter. Every call but {@code track} is pure apart from reading the clock
 * given at build time; the {@code Instant} overloads take the moment explicitly.
 *
 * <pre>{@code
 * Waybill waybill = DefaultPolicies.waybill().build();     // waybill-policies: every bundled default
 * List<TrackingResult> tracked = waybill.track("17track", List.of("YT2532100123456789"));
 * Assessment assessment = waybill.assess(shipment);
 * Message message = waybill.message(assessment, MessageRequest.builder(LocalDate.now()).build());
 * WithdrawalDecision decision = waybill.returns(withdrawalRequest);
 * }</pre>
 */
public final class Waybill {

    private final VerdictEngine verdicts;
    private final ClaimEngine claims;
    private final CompensationEngine compensation;
    private final MessageComposer messages;
    private final WithdrawalEvaluator returns;
    private final Carriers carriers;
    private final SdrRate sdrRate;
    private final Clock clock;

    private Waybill(Builder builder) {
        this.verdicts = builder.verdicts;
        this.claims = builder.claims;
        this.compensation = builder.compensation;
        this.messages = builder.messages;
        this.returns = builder.returns;
        this.carriers = builder.carriers;
        this.sdrRate = builder.sdrRate;
        this.clock = builder.clock;
    }

    /** A builder; the verdict engine is required, everything else is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this instance's configuration. */
    public Builder toBuilder() {
        Builder builder = new Builder().verdicts(verdicts).clock(clock);
        builder.claims = claims;
        builder.compensation = compensation;
        builder.messages = messages;
        builder.returns = returns;
        builder.carriers = carriers;
        builder.sdrRate = sdrRate;
        return builder;
    }

    /** Assesses {@code shipment} now, by the clock given at build time. */
    public Assessment assess(Shipment shipment) {
        return assess(shipment, clock.instant());
    }

    /**
     * Assesses {@code shipment} at {@code now}; calendar days are counted in the clock's zone. The
     * claim is present where a loss or damage can be claimed and a claim engine is configured; the
     * remedy where a compensation engine is configured.
     */
    public Assessment assess(Shipment shipment, Instant now) {
        Verdict verdict = verdicts.assess(shipment, now, clock.getZone());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Optional<Claim> claim = claims == null ? Optional.empty() : ClaimRequests.from(shipment, verdict, today)
                .map(request -> sdrRate == null ? request : request.toBuilder().sdrRate(sdrRate).build())
                .flatMap(claims::claim);
        Optional<Remedy> remedy = compensation == null ? Optional.empty()
                : Optional.of(compensation.remedy(CompensationRequest.of(shipment, verdict, today)));
        return new Assessment(shipment, verdict, claim, remedy);
    }

    /**
     * The message to send the buyer of {@code shipment} now: assesses it, then writes the notice
     * (or, for an inquiry, the reply) the request asks for.
     *
     * @throws IllegalStateException if no message composer is configured
     */
    public Message message(Shipment shipment, MessageRequest request) {
        return message(assess(shipment), request);
    }

    /**
     * The message to send the buyer of the shipment {@code assessment} judged: the notice (or, for
     * an inquiry, the reply) the request asks for.
     *
     * @throws IllegalStateException if no message composer is configured
     */
    public Message message(Assessment assessment, MessageRequest request) {
        if (messages == null) {
            throw new IllegalStateException("no message composer configured: Waybill.builder().messages(...)");
        }
        return messages.compose(assessment, request);
    }

    /**
     * Whether the buyer may withdraw from the order of {@code request}, and until when, by the
     * statutory return rules of the configured withdrawal evaluator.
     *
     * @throws IllegalStateException if no withdrawal evaluator is configured
     */
    public WithdrawalDecision returns(WithdrawalRequest request) {
        return evaluator().decide(request);
    }

    /**
     * Whether the buyer may withdraw from the order of {@code request}, by the statutory return
     * rules with the shop's {@code policy} on top (more generous terms apply; stricter ones are listed).
     *
     * @throws IllegalStateException if no withdrawal evaluator is configured
     */
    public WithdrawalDecision returns(WithdrawalRequest request, ShopReturnPolicy policy) {
        return evaluator().decide(request, policy);
    }

    private WithdrawalEvaluator evaluator() {
        if (returns == null) {
            throw new IllegalStateException("no withdrawal evaluator configured: Waybill.builder().returns(...)");
        }
        return returns;
    }

    /**
     * Tracks {@code trackingNumbers} through the adapter called {@code carrier}: one result per
     * number, in order (found with its normalised shipment, not yet known to the carrier, or failed).
     * The one call that does I/O.
     *
     * @throws IllegalArgumentException naming the registered adapters when none has that name
     */
    public List<TrackingResult> track(String carrier, List<String> trackingNumbers) {
        return carriers.track(carrier, trackingNumbers);
    }

    /** The registered carrier adapters. */
    public Carriers carriers() {
        return carriers;
    }

    /** The verdict engine. */
    public VerdictEngine verdicts() {
        return verdicts;
    }

    /** The claim engine, if configured. */
    public Optional<ClaimEngine> claims() {
        return Optional.ofNullable(claims);
    }

    /** The compensation engine, if configured. */
    public Optional<CompensationEngine> compensation() {
        return Optional.ofNullable(compensation);
    }

    /** The message composer, if configured. */
    public Optional<MessageComposer> messages() {
        return Optional.ofNullable(messages);
    }

    /** The withdrawal evaluator, if configured. */
    public Optional<WithdrawalEvaluator> withdrawals() {
        return Optional.ofNullable(returns);
    }

    /** The clock this instance reads for "now". */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link Waybill}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private VerdictEngine verdicts;
        private ClaimEngine claims;
        private CompensationEngine compensation;
        private MessageComposer messages;
        private WithdrawalEvaluator returns;
        private Carriers carriers = Carriers.none();
        private SdrRate sdrRate;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The verdict engine (required): transit profiles, peak calendar, disruptions. */
        public Builder verdicts(VerdictEngine verdicts) {
            this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
            return this;
        }

        /** The claim engine: liability regimes, deadlines and caps. Without one, no claim is given. */
        public Builder claims(ClaimEngine claims) {
            this.claims = Objects.requireNonNull(claims, "claims");
            return this;
        }

        /** The compensation engine: the remedy ladder. Without one, no remedy is given. */
        public Builder compensation(CompensationEngine compensation) {
            this.compensation = Objects.requireNonNull(compensation, "compensation");
            return this;
        }

        /** The message composer. Without one, {@link Waybill#message} is unavailable. */
        public Builder messages(MessageComposer messages) {
            this.messages = Objects.requireNonNull(messages, "messages");
            return this;
        }

        /** The withdrawal evaluator: statutory return rules. Without one, {@link Waybill#returns} is unavailable. */
        public Builder returns(WithdrawalEvaluator returns) {
            this.returns = Objects.requireNonNull(returns, "returns");
            return this;
        }

        /**
         * The carrier adapters, for example {@code Carriers.load(loader, configs)} to find them on the
         * class path; none by default.
         */
        public Builder carriers(Carriers carriers) {
            this.carriers = Objects.requireNonNull(carriers, "carriers");
            return this;
        }

        /** Registers one adapter by hand, replacing any of the same name. */
        public Builder carrier(CarrierAdapter adapter) {
            this.carriers = carriers.plus(Objects.requireNonNull(adapter, "adapter"));
            return this;
        }

        /**
         * The day's value of one SDR in a currency, to state convention caps in it; without one,
         * caps in SDR are given in {@code XDR}. Waybill holds no exchange rates: rebuild with
         * {@link Waybill#toBuilder()} when the rate changes.
         */
        public Builder sdrRate(SdrRate sdrRate) {
            this.sdrRate = Objects.requireNonNull(sdrRate, "sdrRate");
            return this;
        }

        /** The clock for "now" and for the calendar day; {@link Clock#systemUTC()} by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The instance.
         *
         * @throws IllegalStateException if no verdict engine was given
         */
        public Waybill build() {
            if (verdicts == null) {
                throw new IllegalStateException("a verdict engine is required: verdicts(...)");
            }
            return new Waybill(this);
        }
    }
}
