package dev.waybill.policies.message;

import dev.waybill.delay.Cause;
import dev.waybill.policies.message.TemplateArguments.Known;
import dev.waybill.remedy.MarketplaceStanding;
import dev.waybill.remedy.RemedyReason;
import dev.waybill.remedy.RemedyWords;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a {@link RemedyReason} and a {@link MarketplaceStanding}'s basis in words, from the
 * {@code reasons} section of the message catalogs: in the buyer's language, or in English as the
 * command's {@code remedy.reason} and {@code remedy.standing.basis} are.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String why = RemedyReasons.defaults().english(remedy.reason());
 * String pourquoi = RemedyReasons.defaults().render(remedy.reason(), Locale.FRENCH);
 * ObjectNode line = WaybillJson.writeAssessment(assessment, RemedyReasons.defaults().english());
 * }</pre>
 */
public final class RemedyReasons {

    private static final Known UNKNOWN = Known.UNKNOWN;

    private static final Keys STANDING = new Keys("reasons.standing.");
    private static final Keys CAUSES = new Keys("reasons.causes.");
    private static final Keys STAGES = new Keys("reasons.stages.");
    private static final Keys PARTIES = new Keys("reasons.parties.");
    private static final Keys SITUATIONS = new Keys("reasons.situations.");
    private static final Keys ACTIONS = new Keys("reasons.actions.");
    private static final Keys KINDS = new Keys("reasons.kinds.");

    private final MessageTemplates templates;

    private RemedyReasons(MessageTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Reasons written from {@code templates} (the bundled ones, or a shop's overrides on top). */
    public static RemedyReasons of(MessageTemplates templates) {
        return new RemedyReasons(templates);
    }

    /** Reasons written from the bundled templates, read once. */
    public static RemedyReasons defaults() {
        return Bundled.REASONS;
    }

    /** {@code reason} in English. */
    public String english(RemedyReason reason) {
        return write(templates.english(), reason);
    }

    /** {@code reason} in {@code language}, or in English where there are no templates for it. */
    public String render(RemedyReason reason, Locale language) {
        return write(catalogFor(language), reason);
    }

    /** Why {@code standing} counts against the shop or not, in English. */
    public String english(MarketplaceStanding standing) {
        return basis(templates.english(), standing);
    }

    /**
     * Why {@code standing} counts against the shop or not, in {@code language}, or in English where
     * there are no templates for it.
     */
    public String render(MarketplaceStanding standing, Locale language) {
        return basis(catalogFor(language), standing);
    }

    /** Reasons and standings in English, as the command writes them ({@code WaybillJson.writeAssessment}). */
    public RemedyWords english() {
        return words(templates.english());
    }

    /** Reasons and standings in {@code language}, or in English where there are no templates for it. */
    public RemedyWords in(Locale language) {
        return words(catalogFor(language));
    }

    private Catalog catalogFor(Locale language) {
        return templates.catalogFor(language).orElseGet(templates::english);
    }

    private static RemedyWords words(Catalog catalog) {
        return new RemedyWords() {
            @Override
            public String reason(RemedyReason reason) {
                return write(catalog, reason);
            }

            @Override
            public String basis(MarketplaceStanding standing) {
                return RemedyReasons.basis(catalog, standing);
            }
        };
    }

    private static String basis(Catalog catalog, MarketplaceStanding standing) {
        Objects.requireNonNull(standing, "standing");
        String marketplace = standing.marketplace();
        String name = marketplace.charAt(0) + marketplace.substring(1).toLowerCase(Locale.ROOT);
        return render(catalog, STANDING.of(standing.basis()), new TemplateArguments.ForStanding(name,
                standing.cause().name(), days(catalog, standing.daysLate()), days(catalog, standing.graceDays()),
                standing.metric(), standing.source().toString()));
    }

    private static String days(Catalog catalog, int days) {
        return catalog.render("phrases.lateBy", new TemplateArguments.Count(days), catalog.locale());
    }

    private static String write(Catalog catalog, RemedyReason reason) {
        Objects.requireNonNull(reason, "reason");
        Cause cause = reason.cause();
        Known because = cause == Cause.NONE || cause == Cause.UNKNOWN ? UNKNOWN
                : Known.of(words(catalog, CAUSES.of(cause)));
        String stage = words(catalog, STAGES.of(reason.stage()));
        String days = catalog.render(reason.situation() == RemedyReason.Situation.STALLED ? "phrases.silentFor"
                : "phrases.lateBy", new TemplateArguments.Count(reason.days()), catalog.locale());
        String market = reason.replacementPreferredIn().map(String::valueOf).orElse("");
        String value = reason.returnCostsMoreThan().map(Money::toString).orElse("");
        Known amount = Known.of(reason.amount().map(Money::toString).orElse(null));
        String percent = reason.percent().map(RemedyReasons::plain).orElse("");
        Known claim = reason.claimFrom().isPresent() ? Known.of(words(catalog, "reasons.claims."
                + (damage(reason.situation()) ? "DAMAGE" : "LOSS"))) : UNKNOWN;
        String party = reason.claimFrom().map(p -> words(catalog, PARTIES.of(p))).orElse("");
        TemplateArguments.ForReason pieces = new TemplateArguments.ForReason("", because, stage, days, market, value,
                "", amount, percent, UNKNOWN, claim, party, "", "", "", "", reason.apologise());
        String situation = render(catalog, SITUATIONS.of(reason.situation()), pieces);
        String action = reason.action().map(a -> render(catalog, ACTIONS.of(a), pieces)).orElse("");
        Known goodwill = !reason.goodwill() ? UNKNOWN : Known.of(reason.goodwillCoupon().map(Money::toString)
                .orElseGet(() -> render(catalog, "reasons.goodwill.SHARE", pieces)));
        String facts = situation;
        String second = reason.replacementPreferredIn().isPresent()
                ? render(catalog, "reasons.facts.REPLACEMENT_PREFERRED", pieces) : null;
        String third = reason.returnCostsMoreThan().isPresent()
                ? render(catalog, "reasons.facts.RETURN_COSTS_MORE", pieces) : null;
        if (second != null && third != null) {
            facts = render(catalog, "reasons.lists.THREE", list(pieces, situation, second, third));
        } else if (second != null || third != null) {
            facts = render(catalog, "reasons.lists.TWO", list(pieces, situation, second != null ? second : third, ""));
        }
        return render(catalog, KINDS.of(reason.kind()), new TemplateArguments.ForReason(situation,
                because, stage, days, market, value, action, amount, percent, goodwill, claim, party, facts, "", "", "",
                reason.apologise()));
    }

    private static TemplateArguments.ForReason list(TemplateArguments.ForReason pieces, String first, String second,
                                                    String third) {
        return new TemplateArguments.ForReason(pieces.situation(), pieces.because(), pieces.stage(), pieces.days(),
                pieces.market(), pieces.value(), pieces.action(), pieces.amount(), pieces.percent(), pieces.goodwill(),
                pieces.claim(), pieces.party(), pieces.facts(), first, second, third, pieces.apologise());
    }

    private static boolean damage(RemedyReason.Situation situation) {
        return situation == RemedyReason.Situation.DAMAGED_ON_ARRIVAL
                || situation == RemedyReason.Situation.DAMAGED_ON_THE_WAY;
    }

    private static String words(Catalog catalog, String key) {
        return catalog.render(key, TemplateArguments.NONE, catalog.locale());
    }

    private static String render(Catalog catalog, String key, TemplateArguments arguments) {
        return catalog.render(key, arguments, catalog.locale());
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The template keys of a group, one per constant, made once (a reason looks up six or more). */
    private static final class Keys {
        private final String group;
        private final Map<Enum<?>, String> made = new ConcurrentHashMap<>();

        Keys(String group) {
            this.group = group;
        }

        String of(Enum<?> constant) {
            return made.computeIfAbsent(constant, c -> group + c.name());
        }
    }

    /** The bundled templates, read on first use. */
    private static final class Bundled {
        static final RemedyReasons REASONS = of(MessageTemplates.defaults());
    }
}
