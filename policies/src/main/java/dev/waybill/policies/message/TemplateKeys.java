package dev.waybill.policies.message;

import dev.waybill.delay.Cause;
import dev.waybill.liability.Party;
import dev.waybill.message.CustomsDocument;
import dev.waybill.message.Situation;
import dev.waybill.remedy.MarketplaceStanding;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.remedy.RemedyReason;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape every language's templates must have: the keys (as JSON paths under the file's root),
 * and which placeholders each key may use. A language file must define every key; an override
 * file may define any subset.
 */
final class TemplateKeys {

    /** The plural phrases: the only templates that take the number {@code count}. */
    static final List<String> PHRASES = List.of("lateBy", "silentFor");

    /** The parts the four-part reply is assembled from. */
    static final List<String> PARTS = List.of("greeting", "acknowledgement", "opening", "apologyLight",
            "apologySincere", "apologyDeep", "eta", "etaMoved", "smsEta", "trackingNumber", "trackingLink", "escalation",
            "smsEscalation", "nextUpdate", "transparency", "closing", "chatGreeting", "chatClosing", "signature",
            "smsPrefix");

    /** The fields of each situation. */
    static final List<String> SITUATION_FIELDS = List.of("subject", "problem", "solution", "sms");

    /** The top-level sections of a template file. */
    static final List<String> SECTIONS = List.of("language", "phrases", "parts", "remedies", "stages", "documents",
            "situations", "reasons");

    /**
     * The words of a {@link RemedyReason}, by subsection of {@code reasons}: the sentence of each
     * kind, the situations, the actions, the causes, the stages, the parties, what is claimed, the
     * facts that chose the remedy, the lists they are joined in, a goodwill coupon's share and the
     * basis of a marketplace standing.
     */
    static final Map<String, List<String>> REASONS = reasons();

    /** Placeholders of a marketplace standing's basis ({@code reasons.standing}). */
    static final Set<String> STANDING = Set.of("marketplace", "cause", "daysLate", "graceDays", "metric", "source");

    /** Placeholders whose value is {@code yes} or {@code no}, for {@code select}. */
    static final Set<String> FLAGS = Set.of("shopKnown", "buyerKnown", "trackingKnown", "inquiry", "lateKnown",
            "etaSingleDay", "pickupPointKnown", "pickupUntilKnown", "deliveredKnown", "amountKnown", "returnRequired",
            "causeKnown", "goodwillKnown", "claimKnown", "apologise");

    /** Placeholders of the remedy reasons' words. */
    static final Set<String> REASON = Set.of("situation", "because", "causeKnown", "stage", "days", "market", "value",
            "action", "amount", "amountKnown", "percent", "goodwill", "goodwillKnown", "claim", "claimKnown", "party",
            "facts", "first", "second", "third", "apologise");

    /** Placeholders every message template may use. */
    static final Set<String> COMMON = Set.of("shop", "shopKnown", "buyer", "buyerKnown", "order", "tracking",
            "trackingKnown", "link", "inquiry", "country", "stage", "lateBy", "lateKnown", "silentFor", "nextUpdate",
            "handoverBy", "pickupPoint", "pickupPointKnown", "pickupUntil", "pickupUntilKnown", "documents",
            "deliveredOn", "deliveredKnown");

    /** The delivery window: only in the parts that tell it, since not every verdict has one. */
    static final Set<String> ETA = Set.of("etaEarliest", "etaLikely", "etaLatest", "etaSingleDay");

    /** The day the buyer was told before: only in the part that says it moved. */
    static final Set<String> ETA_TOLD = Set.of("etaTold");

    /** The remedy: only in the remedy templates. */
    static final Set<String> REMEDY = Set.of("amount", "amountKnown", "returnRequired");

    /** The number a plural phrase counts. */
    static final Set<String> COUNT = Set.of("count");

    private TemplateKeys() {
    }

    /** Every key a complete language file defines, in file order. */
    static List<String> required() {
        List<String> keys = new ArrayList<>();
        PHRASES.forEach(p -> keys.add("phrases." + p));
        PARTS.forEach(p -> keys.add("parts." + p));
        for (RemedyKind kind : RemedyKind.values()) {
            if (hasSentence(kind)) {
                keys.add("remedies." + kind.name());
            }
        }
        for (Stage stage : Stage.values()) {
            keys.add("stages." + stage.name());
        }
        for (CustomsDocument document : CustomsDocument.values()) {
            keys.add("documents." + document.name());
        }
        for (Situation situation : Situation.values()) {
            SITUATION_FIELDS.forEach(f -> keys.add("situations." + situation.name() + "." + f));
        }
        REASONS.forEach((section, names) -> names.forEach(name -> keys.add("reasons." + section + "." + name)));
        return Collections.unmodifiableList(keys);
    }

    /** True for the remedies that add a sentence (an apology alone is already in the message). */
    static boolean hasSentence(RemedyKind kind) {
        return kind != RemedyKind.NONE && kind != RemedyKind.APOLOGY;
    }

    /** The placeholders {@code key} may use. */
    static Set<String> allowed(String key) {
        if (key.startsWith("phrases.")) {
            return COUNT;
        }
        if (key.startsWith("stages.") || key.startsWith("documents.")) {
            return Set.of();
        }
        if (key.equals("parts.eta") || key.equals("parts.smsEta")) {
            return union(COMMON, ETA);
        }
        if (key.equals("parts.etaMoved")) {
            return union(union(COMMON, ETA), ETA_TOLD);
        }
        if (key.startsWith("reasons.standing.")) {
            return STANDING;
        }
        if (key.startsWith("reasons.")) {
            return REASON;
        }
        if (key.startsWith("remedies.")) {
            return union(COMMON, REMEDY);
        }
        return COMMON;
    }

    private static Map<String, List<String>> reasons() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("kinds", names(RemedyReason.Kind.values()));
        sections.put("situations", names(RemedyReason.Situation.values()));
        sections.put("actions", names(RemedyReason.Action.values()));
        sections.put("causes", List.of(Cause.CUSTOMS.name(), Cause.PEAK_SEASON.name(), Cause.DISRUPTION.name(),
                Cause.ADDRESS.name(), Cause.RECIPIENT.name(), Cause.CARRIER.name()));
        sections.put("stages", names(Stage.values()));
        sections.put("parties", List.of(Party.FIRST_MILE_CARRIER.name(), Party.EXPORT_BROKER.name(),
                Party.LINEHAUL_CARRIER.name(), Party.IMPORT_BROKER.name(), Party.LAST_MILE_CARRIER.name(),
                Party.BUYER.name()));
        sections.put("claims", List.of("LOSS", "DAMAGE"));
        sections.put("facts", List.of("REPLACEMENT_PREFERRED", "RETURN_COSTS_MORE"));
        sections.put("lists", List.of("TWO", "THREE"));
        sections.put("goodwill", List.of("SHARE"));
        sections.put("standing", names(MarketplaceStanding.Basis.values()));
        return Collections.unmodifiableMap(sections);
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return List.copyOf(names);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
