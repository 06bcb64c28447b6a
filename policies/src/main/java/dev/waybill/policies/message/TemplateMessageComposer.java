package dev.waybill.policies.message;

import dev.waybill.Assessment;
import dev.waybill.delay.Eta;
import dev.waybill.delay.Verdict;
import dev.waybill.message.BuyerMarket;
import dev.waybill.message.Channel;
import dev.waybill.message.CustomsDocument;
import dev.waybill.message.EscalationPolicy;
import dev.waybill.message.EscalationReason;
import dev.waybill.message.Message;
import dev.waybill.message.MessageComposer;
import dev.waybill.message.MessageRequest;
import dev.waybill.message.Severity;
import dev.waybill.message.Situation;
import dev.waybill.message.SituationSelector;
import dev.waybill.message.SmsEncoding;
import dev.waybill.policies.message.TemplateArguments.Known;
import dev.waybill.remedy.Remedy;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes buyer messages from {@link MessageTemplates}: picks the language, the situation and
 * whether a person takes over, then assembles the practitioners' four-part reply for the channel:
 * <ol>
 *   <li>who writes and by when ({@code opening}; Southeast Asian buyers get a fast
 *       {@code acknowledgement} first);</li>
 *   <li>the problem restated specifically, with an apology whose depth follows the severity;</li>
 *   <li>a definite solution: what happens, the delivery window, the remedy, what the buyer does,
 *       the hand-over to a person when escalating, the tracking link, when the buyer hears again
 *       (Middle Eastern buyers always get the next steps and the next update);</li>
 *   <li>a closing that leaves the door open.</li>
 * </ol>
 * Email has a subject, a plain-text body and an HTML body; chat is short, without subject; SMS fits
 * two concatenated segments in the encoding its text needs.
 *
 * <p>Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * MessageComposer composer = TemplateMessageComposer.builder()
 *         .templates(MessageTemplates.defaults().overriddenBy(Path.of("brand-voice.json")))
 *         .build();
 * Message message = composer.compose(assessment, request);
 * }</pre>
 */
public final class TemplateMessageComposer implements MessageComposer {

    /** Where the tracking link goes while the text is assembled (a private-use character). */
    private static final String LINK = "\uE000";
    private static final char FSI = '\u2068';
    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';
    private static final int SMS_SEGMENTS = 2;
    private static final java.util.regex.Pattern ABBREVIATION_THEN_STOP =
            java.util.regex.Pattern.compile("(?<=\\p{L})\\.\\.(?!\\.)");
    private static final int SMS_SHOP_NAME = 12;
    private static final Set<Situation> CLOSED = Set.of(Situation.DELIVERED, Situation.ON_TRACK,
            Situation.DELIVERED_LATE_FOLLOW_UP);

    private final MessageTemplates templates;
    private final EscalationPolicy escalation;
    private final int updateDays;

    private TemplateMessageComposer(Builder builder) {
        this.templates = builder.templates;
        this.escalation = builder.escalation;
        this.updateDays = builder.updateDays;
    }

    /** A composer with the bundled templates and the default escalation policy. */
    public static TemplateMessageComposer defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The templates this composer writes with. */
    public MessageTemplates templates() {
        return templates;
    }

    /** The escalation policy this composer applies. */
    public EscalationPolicy escalation() {
        return escalation;
    }

    @Override
    public Message compose(Shipment shipment, Assessment assessment, MessageRequest request) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(request, "request");
        if (!shipment.id().equals(assessment.shipment().id())) {
            throw new IllegalArgumentException("shipment '" + shipment.id() + "' is not the shipment '"
                    + assessment.shipment().id() + "' the assessment judged");
        }
        Verdict verdict = assessment.verdict();
        LanguageChoice choice = LanguageChoice.choose(templates, request.language().orElse(null), shipment.language().orElse(null),
                shipment.destination());
        List<EscalationReason> reasons = escalation.reasons(shipment, verdict);
        Optional<Situation> selected = SituationSelector.select(shipment, verdict, request.inquiry());
        if (selected.isEmpty()) {
            return Message.none(shipment.id(), choice.catalog().language(), choice.requested(), choice.fellBack(),
                    request.channel(), reasons);
        }
        Situation situation = selected.get();
        Writing writing = new Writing(shipment, assessment, request, choice, situation, !reasons.isEmpty());
        return switch (request.channel()) {
            case EMAIL -> writing.email(reasons);
            case CHAT -> writing.chat(reasons);
            case SMS -> writing.sms(reasons);
        };
    }

    /** One message being written. */
    private final class Writing {
        private final Shipment shipment;
        private final Verdict verdict;
        private final Remedy remedy;
        private final MessageRequest request;
        private final LanguageChoice choice;
        private final Catalog catalog;
        private final Situation situation;
        private final boolean escalate;
        private final BuyerMarket market;
        private final LocaleFormats formats;
        private final boolean rtl;
        private final String separator;

        Writing(Shipment shipment, Assessment assessment, MessageRequest request, LanguageChoice choice,
                Situation situation, boolean escalate) {
            this.shipment = shipment;
            this.verdict = assessment.verdict();
            this.remedy = assessment.remedy().orElse(null);
            this.request = request;
            this.choice = choice;
            this.catalog = choice.catalog();
            this.situation = situation;
            this.escalate = escalate;
            this.market = BuyerMarket.of(choice.requested(), shipment.destination());
            this.formats = new LocaleFormats(choice.format());
            this.rtl = catalog.isRightToLeft();
            String language = catalog.language().getLanguage();
            this.separator = language.equals("ja") || language.equals("zh") ? "" : " ";
        }

        Message email(List<EscalationReason> reasons) {
            TemplateArguments.ForMessage args = arguments(false, request.shopName().orElse(null));
            List<String> paragraphs = new ArrayList<>();
            add(paragraphs, part("greeting", args));
            if (market == BuyerMarket.SOUTHEAST_ASIA) {
                add(paragraphs, part("acknowledgement", args));
            }
            add(paragraphs, part("opening", args));
            add(paragraphs, join(situation("problem", args), apology(args)));
            add(paragraphs, join(situation("solution", args), eta(args, "eta")));
            add(paragraphs, remedy(args));
            if (escalate) {
                add(paragraphs, part("escalation", args));
            }
            add(paragraphs, join(request.trackingUrl().isEmpty() ? "" : part("trackingLink", args),
                    shipment.trackingNumber().isEmpty() ? "" : part("trackingNumber", args)));
            add(paragraphs, join(tellsNextUpdate() ? part("nextUpdate", args) : "",
                    market == BuyerMarket.MIDDLE_EAST && situation != Situation.DELIVERED
                            ? part("transparency", args) : ""));
            add(paragraphs, part("closing", args));
            add(paragraphs, part("signature", args));
            String subject = plain(situation("subject", args));
            String body = plain(String.join("\n\n", paragraphs));
            String html = Html.body(paragraphs, catalog.language().toLanguageTag(), rtl, LINK, request.trackingUrl().orElse(null));
            return message(subject, body, html, reasons);
        }

        Message chat(List<EscalationReason> reasons) {
            TemplateArguments.ForMessage args = arguments(false, request.shopName().orElse(null));
            List<String> lines = new ArrayList<>();
            add(lines, part("chatGreeting", args));
            if (market == BuyerMarket.SOUTHEAST_ASIA) {
                add(lines, part("acknowledgement", args));
            }
            add(lines, join(situation("problem", args), apology(args)));
            add(lines, join(situation("solution", args), eta(args, "eta")));
            add(lines, remedy(args));
            if (escalate) {
                add(lines, part("escalation", args));
            }
            if (request.trackingUrl().isPresent()) {
                add(lines, part("trackingLink", args));
            }
            if (market == BuyerMarket.MIDDLE_EAST && tellsNextUpdate()) {
                add(lines, part("nextUpdate", args));
            }
            add(lines, part("chatClosing", args));
            return message(null, plain(String.join("\n", lines)), null, reasons);
        }

        Message sms(List<EscalationReason> reasons) {
            String shop = request.shopName().orElse(null);
            List<String> candidates = new ArrayList<>();
            candidates.add(smsText(shop, true));
            if (shop != null && shop.codePointCount(0, shop.length()) > SMS_SHOP_NAME) {
                int end = shop.offsetByCodePoints(0, SMS_SHOP_NAME);
                candidates.add(smsText(shop.substring(0, end).strip() + ".", true));
            }
            candidates.add(smsText(null, true));
            candidates.add(smsText(null, false));
            for (String candidate : candidates) {
                if (fits(candidate)) {
                    return message(null, candidate, null, reasons);
                }
            }
            return message(null, truncated(), null, reasons);
        }

        private String smsText(String shop, boolean withEta) {
            return smsText(shop, withEta, true);
        }

        private String smsText(String shop, boolean withEta, boolean withLink) {
            TemplateArguments.ForMessage args = arguments(true, shop);
            String link = withLink && request.trackingUrl().isPresent() ? args.link() : "";
            return plain(join(part("smsPrefix", args), situation("sms", args), withEta ? eta(args, "smsEta") : "",
                    escalate ? part("smsEscalation", args) : "", link));
        }

        private boolean fits(String text) {
            SmsEncoding encoding = SmsEncoding.of(text);
            return encoding.units(text) <= encoding.capacity(SMS_SEGMENTS);
        }

        /**
         * The last resort: the text without shop and date, its situation part cut to fit; the
         * hand-over sentence (with its date) and the link are kept whole, the link before the
         * hand-over when both cannot fit.
         */
        private String truncated() {
            TemplateArguments.ForMessage args = arguments(true, null);
            String link = request.trackingUrl().isEmpty() ? "" : plain(args.link());
            String handOver = escalate ? part("smsEscalation", args) : "";
            String kept = plain(join(handOver, link));
            if (!fits(kept)) {
                kept = link;
            }
            String cut = plain(join(part("smsPrefix", args), situation("sms", args)));
            while (!cut.isEmpty() && !fits(join(cut + "…", kept))) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            int lastSpace = cut.lastIndexOf(' ');
            if (lastSpace > cut.length() / 2) {
                cut = cut.substring(0, lastSpace);  // end on a whole word where the script has spaces
            }
            return cut.isBlank() ? kept : join(cut.strip() + "…", kept);
        }

        private Message message(String subject, String body, String html, List<EscalationReason> reasons) {
            return new Message(shipment.id(), situation, catalog.language(), choice.requested(), choice.fellBack(),
                    request.channel(), subject, body, html, escalate, reasons);
        }

        private boolean tellsNextUpdate() {
            return !CLOSED.contains(situation) || (market == BuyerMarket.MIDDLE_EAST
                    && situation != Situation.DELIVERED);
        }

        private String apology(TemplateArguments.ForMessage args) {
            Severity severity = escalate ? situation.severity().atLeast(Severity.DEEP) : situation.severity();
            return switch (severity) {
                case NONE -> "";
                case LIGHT -> part("apologyLight", args);
                case SINCERE -> part("apologySincere", args);
                case DEEP -> part("apologyDeep", args);
            };
        }

        /** The delivery window; in email and chat, what the buyer was told before where that moved. */
        private String eta(TemplateArguments.ForMessage args, String key) {
            if (!situation.expectsDelivery() || verdict.eta().isEmpty()) {
                return "";
            }
            return key.equals("eta") && args.eta() != null && args.eta().told() != null ? part("etaMoved", args)
                    : part(key, args);
        }

        private String remedy(TemplateArguments.ForMessage args) {
            if (remedy == null || !TemplateKeys.hasSentence(remedy.kind())) {
                return "";
            }
            return catalog.render("remedies." + remedy.kind().name(), args, formats.locale());
        }

        private String part(String name, TemplateArguments.ForMessage args) {
            return catalog.render("parts." + name, args, formats.locale());
        }

        private String situation(String field, TemplateArguments.ForMessage args) {
            return catalog.render("situations." + situation.name() + "." + field, args, formats.locale());
        }

        private String join(String... pieces) {
            StringBuilder joined = new StringBuilder();
            for (String piece : pieces) {
                if (piece == null || piece.isBlank()) {
                    continue;
                }
                if (joined.length() > 0) {
                    joined.append(separator);
                }
                joined.append(piece.strip());
            }
            return joined.toString();
        }

        /**
         * The text with the real link in place of its marker. An abbreviated date at the end of a
         * sentence ({@code ven. 20 nov.}) takes no second full stop.
         */
        private String plain(String text) {
            String linked = request.trackingUrl().map(url -> text.replace(LINK, url)).orElse(text);
            return ABBREVIATION_THEN_STOP.matcher(linked).replaceAll(".");
        }

        private TemplateArguments.ForMessage arguments(boolean brief, String shop) {
            Eta eta = verdict.eta().orElse(null);
            String deliveredOn = latest(EventCode.DELIVERED).map(e -> date(e.localDate(), brief)).orElse(null);
            return new TemplateArguments.ForMessage(
                    Known.of(shop == null ? null : isolate(shop)),
                    Known.of(request.buyerName().map(this::isolate).orElse(null)),
                    ltr(shipment.id()),
                    Known.of(shipment.trackingNumber().map(this::ltr).orElse(null)),
                    request.trackingUrl().isEmpty() ? "" : ltr(LINK),
                    request.inquiry(),
                    formats.country(shipment.destination()),
                    catalog.render("stages." + verdict.stage().name(), TemplateArguments.NONE, formats.locale()),
                    catalog.render("phrases.lateBy", new TemplateArguments.Count(verdict.daysLate()), formats.locale()),
                    verdict.daysLate() > 0,
                    catalog.render("phrases.silentFor", new TemplateArguments.Count(Math.max(0, verdict.silentDays())),
                            formats.locale()),
                    date(request.today().plusDays(updateDays), brief),
                    date(request.today().plusDays(escalation.handOverDays()), brief),
                    Known.of(latest(EventCode.AVAILABLE_FOR_PICKUP).flatMap(TrackingEvent::location)
                            .map(this::isolate).orElse(null)),
                    Known.of(request.pickupUntil().map(until -> date(until, brief)).orElse(null)),
                    documents(),
                    Known.of(deliveredOn),
                    eta == null ? null : new TemplateArguments.EtaWords(date(eta.earliest(), brief),
                            date(eta.likely(), brief), date(eta.latest(), brief), eta.earliest().equals(eta.latest()),
                            request.etaTold().filter(told -> !told.equals(eta.likely()))
                                    .map(told -> date(told, brief)).orElse(null)),
                    remedy == null ? null : new TemplateArguments.RemedyWords(
                            Known.of(remedy.amount().map(formats::money).orElse(null)), remedy.returnRequired()));
        }

        private String documents() {
            List<CustomsDocument> asked = request.documents().isEmpty()
                    ? List.of(CustomsDocument.PROOF_OF_PAYMENT, CustomsDocument.ID_DOCUMENT) : request.documents();
            List<String> names = new ArrayList<>();
            for (CustomsDocument document : asked) {
                names.add(catalog.render("documents." + document.name(), TemplateArguments.NONE, formats.locale()));
            }
            return formats.list(names);
        }

        private String date(java.time.LocalDate date, boolean brief) {
            return formats.date(date, request.today(), brief);
        }

        private Optional<TrackingEvent> latest(EventCode code) {
            List<TrackingEvent> events = shipment.events();
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).code() == code) {
                    return Optional.of(events.get(i));
                }
            }
            return Optional.empty();
        }

        /** A value of either direction inside right-to-left text: first-strong isolate. */
        private String isolate(String value) {
            return rtl ? FSI + value + PDI : value;
        }

        /** A Latin run (tracking number, order id, link) inside right-to-left text: left-to-right isolate. */
        private String ltr(String value) {
            return rtl ? LRI + value + PDI : value;
        }

        private void add(List<String> paragraphs, String paragraph) {
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
    }

    /** Builds a {@link TemplateMessageComposer}. Not thread-safe; the composer is. */
    public static final class Builder {
        private MessageTemplates templates;
        private EscalationPolicy escalation = EscalationPolicy.defaults();
        private int updateDays = 2;

        private Builder() {
        }

        /** The templates; the bundled ones by default. */
        public Builder templates(MessageTemplates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /** When a person takes over; {@link EscalationPolicy#defaults()} by default. */
        public Builder escalation(EscalationPolicy escalation) {
            this.escalation = Objects.requireNonNull(escalation, "escalation");
            return this;
        }

        /**
         * Days until the buyer hears from the shop again about an open case; 2 by default (the
         * SDK's judgement: practitioners ask for proactive, regular updates, no standard sets the
         * interval).
         */
        public Builder updateDays(int updateDays) {
            if (updateDays < 1) {
                throw new IllegalArgumentException("updateDays must be at least 1, got " + updateDays);
            }
            this.updateDays = updateDays;
            return this;
        }

        /** The composer. */
        public TemplateMessageComposer build() {
            if (templates == null) {
                templates = MessageTemplates.defaults();
            }
            return new TemplateMessageComposer(this);
        }
    }
}
