package dev.waybill.policies.message;

import dev.waybill.message.CustomsDocument;
import dev.waybill.message.Situation;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
            "apologySincere", "apologyDeep", "eta", "smsEta", "trackingNumber", "trackingLink", "escalation",
            "smsEscalation", "nextUpdate", "transparency", "closing", "chatGreeting", "chatClosing", "signature",
            "smsPrefix");

    /** The fields of each situation. */
    static final List<String> SITUATION_FIELDS = List.of("subject", "problem", "solution", "sms");

    /** The top-level sections of a template file. */
    static final List<String> SECTIONS = List.of("language", "phrases", "parts", "remedies", "stages", "documents",
            "situations");

    /** Placeholders whose value is {@code yes} or {@code no}, for {@code select}. */
    static final Set<String> FLAGS = Set.of("shopKnown", "buyerKnown", "trackingKnown", "inquiry", "lateKnown",
            "etaSingleDay", "pickupPointKnown", "pickupUntilKnown", "deliveredKnown", "amountKnown", "returnRequired");

    /** Placeholders every message template may use. */
    static final Set<String> COMMON = Set.of("shop", "shopKnown", "buyer", "buyerKnown", "order", "tracking",
            "trackingKnown", "link", "inquiry", "country", "stage", "lateBy", "lateKnown", "silentFor", "nextUpdate",
            "handoverBy", "pickupPoint", "pickupPointKnown", "pickupUntil", "pickupUntilKnown", "documents",
            "deliveredOn", "deliveredKnown");

    /** The delivery window: only in the parts that tell it, since not every verdict has one. */
    static final Set<String> ETA = Set.of("etaEarliest", "etaLikely", "etaLatest", "etaSingleDay");

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
        if (key.startsWith("remedies.")) {
            return union(COMMON, REMEDY);
        }
        return COMMON;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
