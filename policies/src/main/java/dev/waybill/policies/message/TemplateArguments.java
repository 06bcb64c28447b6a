package dev.waybill.policies.message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values a message template is rendered with, typed: one record per kind of template. Each
 * record names its placeholders (the names of {@link TemplateKeys}) only where it meets ICU
 * {@code MessageFormat}, in {@link #asMap()}.
 *
 * <p>Immutable.
 */
sealed interface TemplateArguments {

    /** The placeholders by name, as {@code MessageFormat} takes them; flags are {@code yes} or {@code no}. */
    Map<String, Object> asMap();

    /**
     * The placeholders read by name, as {@link #asMap()} holds them (null for a name it does not hold), for
     * one rendering: the map is made once, when this is asked for.
     */
    default Function<String, Object> byName() {
        return asMap()::get;
    }

    /** A template without placeholders: a stage's or a document's name. */
    TemplateArguments NONE = new None();

    /** The arguments of a template without placeholders. */
    record None() implements TemplateArguments {
        @Override
        public Map<String, Object> asMap() {
            return Map.of();
        }
    }

    /**
     * The number a plural phrase counts ({@code phrases.lateBy}, {@code phrases.silentFor}).
     *
     * @param count the number of days
     */
    record Count(int count) implements TemplateArguments {
        @Override
        public Map<String, Object> asMap() {
            return Map.of("count", count);
        }
    }

    /**
     * A text that may be absent: the empty string and a {@code ...Known} flag of {@code no} when it is.
     *
     * @param value the text, or null when not known
     */
    record Known(String value) {
        /** An unknown text. */
        static final Known UNKNOWN = new Known(null);

        /** {@code value}, which may be null. */
        static Known of(String value) {
            return value == null ? UNKNOWN : new Known(value);
        }

        String text() {
            return value == null ? "" : value;
        }

        boolean known() {
            return value != null;
        }
    }

    /**
     * The delivery window, in words: only the parts that tell it use these.
     *
     * @param earliest  the earliest day
     * @param likely    the likely day
     * @param latest    the latest day
     * @param singleDay true when the window is one day
     * @param told      the day the buyer was told before, when it is not the likely day now; else null
     */
    record EtaWords(String earliest, String likely, String latest, boolean singleDay, String told) {
    }

    /**
     * The remedy, in words: only the remedy templates use these.
     *
     * @param amount         the money offered, formatted for the buyer
     * @param returnRequired whether the item comes back
     */
    record RemedyWords(Known amount, boolean returnRequired) {
    }

    /**
     * Everything a message's parts, situations and remedy sentences may say (the placeholders of
     * {@link TemplateKeys#COMMON}, and the ETA and remedy where the verdict has them).
     *
     * @param shop        the shop's name
     * @param buyer       the buyer's name
     * @param order       the order number
     * @param tracking    the tracking number
     * @param link        the tracking link's marker, or empty without one
     * @param inquiry     true when the buyer asked
     * @param country     the destination country's name
     * @param stage       the stage's name
     * @param lateBy      the days late, as a phrase
     * @param lateKnown   true when the parcel is late by at least a day
     * @param silentFor   the days without a scan, as a phrase
     * @param nextUpdate  the day of the next update
     * @param handoverBy  the day a person takes over by
     * @param pickupPoint the pickup point
     * @param pickupUntil the last day at the pickup point
     * @param documents   the customs documents asked for
     * @param deliveredOn the day of the delivery scan
     * @param eta         the delivery window; null without one
     * @param remedy      the remedy; null without one
     */
    record ForMessage(Known shop, Known buyer, String order, Known tracking, String link, boolean inquiry,
                   String country, String stage, String lateBy, boolean lateKnown, String silentFor,
                   String nextUpdate, String handoverBy, Known pickupPoint, Known pickupUntil, String documents,
                   Known deliveredOn, EtaWords eta, RemedyWords remedy) implements TemplateArguments {

        @Override
        public Map<String, Object> asMap() {
            Map<String, Object> args = new HashMap<>();
            text(args, "shop", shop);
            text(args, "buyer", buyer);
            args.put("order", order);
            text(args, "tracking", tracking);
            args.put("link", link);
            args.put("inquiry", flag(inquiry));
            args.put("country", country);
            args.put("stage", stage);
            args.put("lateBy", lateBy);
            args.put("lateKnown", flag(lateKnown));
            args.put("silentFor", silentFor);
            args.put("nextUpdate", nextUpdate);
            args.put("handoverBy", handoverBy);
            text(args, "pickupPoint", pickupPoint);
            text(args, "pickupUntil", pickupUntil);
            args.put("documents", documents);
            args.put("deliveredOn", deliveredOn.text());
            args.put("deliveredKnown", flag(deliveredOn.known()));
            if (eta != null) {
                args.put("etaEarliest", eta.earliest());
                args.put("etaLikely", eta.likely());
                args.put("etaLatest", eta.latest());
                args.put("etaSingleDay", flag(eta.singleDay()));
                if (eta.told() != null) {
                    args.put("etaTold", eta.told());
                }
            }
            if (remedy != null) {
                text(args, "amount", remedy.amount());
                args.put("returnRequired", flag(remedy.returnRequired()));
            }
            return args;
        }

        /** Puts the text (or the empty string) and its {@code ...Known} flag. */
        private static void text(Map<String, Object> args, String name, Known value) {
            args.put(name, value.text());
            args.put(name + "Known", flag(value.known()));
        }
    }

    /**
     * The words a remedy reason is written from: each piece rendered from its own template first,
     * then set into the templates that join them.
     *
     * @param situation     what happened
     * @param because       the cause, as a clause; empty for none
     * @param stage         the stage, as a phrase
     * @param days          the days late or silent, as a phrase
     * @param market        the market whose buyers prefer a replacement
     * @param value         the item's value
     * @param action        what to do
     * @param amount        the money the action names
     * @param percent       the share of the order, a plain number
     * @param goodwill      the goodwill coupon, in words
     * @param claim         what is claimed (the loss or the damage)
     * @param party         whom it is claimed from
     * @param facts         the facts that chose the remedy, joined
     * @param first         the first of a list
     * @param second        the second of a list
     * @param third         the third of a list
     * @param apologise     true when the ladder apologises
     */
    record ForReason(String situation, Known because, String stage, String days, String market, String value,
                     String action, Known amount, String percent, Known goodwill, Known claim, String party,
                     String facts, String first, String second, String third, boolean apologise)
            implements TemplateArguments {

        @Override
        public Map<String, Object> asMap() {
            Map<String, Object> args = new HashMap<>(32); // its 21 arguments without growing the table
            for (String name : TemplateKeys.REASON) {
                args.put(name, value(name));
            }
            return args;
        }

        /** A remedy reason renders five or six templates: each reads its few placeholders, without a map made. */
        @Override
        public Function<String, Object> byName() {
            return this::value;
        }

        /** The placeholder called {@code name}; null for a name that is not one of {@link TemplateKeys#REASON}. */
        Object value(String name) {
            return switch (name) {
                case "situation" -> situation;
                case "because" -> because.text();
                case "causeKnown" -> flag(because.known());
                case "stage" -> stage;
                case "days" -> days;
                case "market" -> market;
                case "value" -> value;
                case "action" -> action;
                case "amount" -> amount.text();
                case "amountKnown" -> flag(amount.known());
                case "percent" -> percent;
                case "goodwill" -> goodwill.text();
                case "goodwillKnown" -> flag(goodwill.known());
                case "claim" -> claim.text();
                case "claimKnown" -> flag(claim.known());
                case "party" -> party;
                case "facts" -> facts;
                case "first" -> first;
                case "second" -> second;
                case "third" -> third;
                case "apologise" -> flag(apologise);
                default -> null;
            };
        }
    }

    /**
     * The words a marketplace standing's basis is written from.
     *
     * @param marketplace the marketplace's name ({@code Amazon})
     * @param cause       the delay's cause, as its code
     * @param daysLate    the days past the promised date, as a phrase
     * @param graceDays   the days the marketplace allows, as a phrase
     * @param metric      the marketplace's metric, in the rule's words
     * @param source      where the rule comes from
     */
    record ForStanding(String marketplace, String cause, String daysLate, String graceDays, String metric,
                       String source) implements TemplateArguments {

        @Override
        public Map<String, Object> asMap() {
            Map<String, Object> args = new HashMap<>();
            args.put("marketplace", marketplace);
            args.put("cause", cause);
            args.put("daysLate", daysLate);
            args.put("graceDays", graceDays);
            args.put("metric", metric);
            args.put("source", source);
            return args;
        }
    }

    private static String flag(boolean value) {
        return value ? "yes" : "no";
    }
}
