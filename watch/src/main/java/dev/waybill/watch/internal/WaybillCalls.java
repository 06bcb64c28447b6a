package dev.waybill.watch.internal;

import dev.waybill.Assessment;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.Waybill;
import dev.waybill.delay.Action;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Claim;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.rules.Audience;
import dev.waybill.watch.rules.Notice;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.Snapshot;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every call the watch module makes into core's {@link Waybill} facade and its message composer, in
 * one place, so that a change of the facade's signatures is one edit here.
 */
public final class WaybillCalls {

    /** The remedy's reason in the contract's English. */
    private static final RemedyReasons REASONS = RemedyReasons.defaults();
    /** The shop's notices in its language. */
    private static final ShopTexts SHOP_TEXTS = ShopTexts.bundled();


    private final Waybill waybill;

    /** Calls through {@code waybill}. */
    public WaybillCalls(Waybill waybill) {
        this.waybill = waybill;
    }

    /** The assessment of {@code shipment} at {@code at}. */
    public Assessment assess(Shipment shipment, Instant at) {
        return waybill.assess(shipment, at);
    }

    /**
     * Verifies a webhook delivery with the adapter called {@code carrier} and reads its shipments.
     *
     * @throws dev.waybill.carrier.WebhookSignatureException when the signature is missing or wrong
     * @throws IllegalArgumentException when no adapter has that name
     */
    public java.util.List<Shipment> webhook(String carrier, byte[] rawBody, dev.waybill.carrier.WebhookHeaders headers,
                                            String secret) {
        return waybill.carriers().get(carrier).parseWebhook(rawBody, headers, secret);
    }

    /** True when an adapter called {@code carrier} is registered. */
    public boolean hasCarrier(String carrier) {
        return waybill.carriers().find(carrier).isPresent();
    }

    /** The numbers per call the adapter called {@code carrier} takes. */
    public int batchLimit(String carrier) {
        return waybill.carriers().get(carrier).batchLimit();
    }

    /** Tracks {@code numbers} through the adapter called {@code carrier}: one result per number, in order. */
    public java.util.List<dev.waybill.carrier.TrackingResult> track(String carrier, java.util.List<String> numbers) {
        return waybill.track(carrier, numbers);
    }

    /**
     * The typical (p50) days of {@code stage} on {@code shipment}'s lane, from the transit profile the
     * verdict engine judges it by (its promise band where it has one); 0 for a stage the profile does not time (delivered, returning).
     */
    public double stageP50Days(Shipment shipment, dev.waybill.shipment.Stage stage) {
        dev.waybill.delay.TransitProfile profile = waybill.verdicts().profiles().profileFor(shipment.lane())
                .forShipment(shipment);
        return profile.route().contains(stage) ? profile.timing(stage).p50() : 0;
    }

    /** What the rules read of an assessment. */
    public static Snapshot snapshot(Shipment shipment, Assessment assessment) {
        Verdict v = assessment.verdict();
        return new Snapshot(v.status(), v.stage(), v.exception(), v.cause(),
                v.eta().map(eta -> eta.likely()).orElse(null), shipment.promisedBy().orElse(null),
                assessment.claim().map(Claim::deadline).orElse(null),
                v.actions().contains(Action.ESCALATE_TO_AGENT), shipment.destination(), heldSince(shipment, v));
    }

    private static Instant heldSince(Shipment shipment, Verdict v) {
        EventCode held = switch (v.exception()) {
            case CUSTOMS_HOLD -> EventCode.IMPORT_HELD;
            case EXPORT_HOLD -> EventCode.EXPORT_HELD;
            default -> null;
        };
        if (held == null) {
            return null;
        }
        Instant since = null;
        for (TrackingEvent e : shipment.events()) {       // the timeline is in order: the latest hold wins
            if (e.code() == held) {
                since = e.instant();
            }
        }
        return since;
    }

    /** The text of a notice: the buyer's message in their language, or the shop's line. */
    public Text compose(Shipment shipment, Assessment assessment, Notice notice, NoticePolicy policy) {
        LocalDate today = LocalDate.ofInstant(notice.at(), policy.zoneOf(shipment.destination()));
        if (notice.audience() == Audience.SHOP) {
            String language = SHOP_TEXTS.language(policy.shopLanguage());
            return new Text(language, Channel.EMAIL.tag(),
                    SHOP_TEXTS.subject(language, notice.kind(), shipment, assessment),
                    SHOP_TEXTS.body(language, notice.kind(), shipment, assessment));
        }
        if (waybill.messages().isEmpty()) {
            return new Text(null, null, null, null);
        }
        // an ETA_CHANGED notice says what the buyer was told and what is true now
        MessageRequest request = MessageRequest.builder(today).channel(Channel.EMAIL)
                .shopName(policy.shopName().orElse(null)).etaTold(notice.etaTold().orElse(null)).build();
        Message message = waybill.message(assessment, request);
        return new Text(message.language().toLanguageTag(), message.channel().tag(),
                message.subject().orElse(null), message.body().orElse(null));
    }

    /** The verdict (with claim and remedy) as the contract's JSON, as {@code assess} prints it. */
    public static String verdictJson(Assessment assessment) {
        return WaybillJson.writeAssessment(assessment, REASONS.english()).toString();
    }

    /**
     * A notice's text.
     *
     * @param language BCP 47 tag, null without a text
     * @param channel  the channel's tag, null without a text
     * @param subject  email subject, else null
     * @param body     the text, null when there is nothing to say
     */
    public record Text(String language, String channel, String subject, String body) {
    }
}
