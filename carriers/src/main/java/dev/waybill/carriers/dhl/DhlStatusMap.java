package dev.waybill.carriers.dhl;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DHL's status vocabulary. {@code statusCode} is the only normalised field and has five documented
 * values ({@code pre-transit transit delivered failure unknown}); they are the table. DHL has no code
 * for out for delivery, customs, pickup points, returns, damage or loss: those are read from the free
 * text ({@code status},
 * {@code statusDetailed}, {@code description}) by {@link #TEXT_RULES}, English phrases DHL Express and
 * eCommerce print, applied only to {@code transit}, {@code failure} and {@code unknown}. The text rules
 * are heuristics (research: "derive those from status/description text"); the code table is not.
 */
final class DhlStatusMap {

    static final StatusTable TABLE = StatusTable.of(DhlTracking.NAME, Map.of(
            "pre-transit", StatusMapping.of(EventCode.LABEL_CREATED),
            "transit", StatusMapping.of(EventCode.IN_TRANSIT),
            "delivered", StatusMapping.of(EventCode.DELIVERED),
            "failure", StatusMapping.of(EventCode.DELIVERY_FAILED),
            "unknown", StatusMapping.of(EventCode.UNKNOWN)));

    /**
     * A phrase that refines a status code. {@code keywords} are literal words at least one of which
     * every match of {@code pattern} contains: a cheap test that spares the regex most texts.
     */
    record TextRule(List<String> keywords, Pattern pattern, Set<String> statusCodes, StatusMapping mapping) {

        boolean matches(String foldedText) {
            for (String keyword : keywords) {
                if (foldedText.contains(keyword)) {
                    return pattern.matcher(foldedText).find();
                }
            }
            return false;
        }
    }

    private static final Set<String> ANY = Set.of("transit", "failure", "unknown");
    private static final Set<String> FAILURE = Set.of("failure");

    /** Ordered: the first rule whose pattern is found wins. */
    static final List<TextRule> TEXT_RULES = List.of(
            rule(List.of("return"), "return(ed|ing)? to (the )?(sender|shipper|origin)|being returned", ANY,
                    StatusMapping.of(EventCode.RETURN_TO_SENDER)),
            rule(List.of("damaged"), "damaged", ANY, StatusMapping.of(EventCode.DAMAGED)),
            rule(List.of("lost", "located"), "\\blost\\b|could not be located|cannot be located", ANY, StatusMapping.of(EventCode.LOST)),
            rule(List.of("document", "paperwork", "invoice"), "(document|paperwork|invoice)s?\\b.*\\b(required|missing|needed|incomplete)|awaiting (the )?documents",
                    ANY, StatusMapping.customs(true, Reason.DOCUMENTS)),
            rule(List.of("dut", "tax"), "(duty|duties|tax|taxes)\\b.*\\b(unpaid|required|due|pending|outstanding)|awaiting payment of (duties|taxes)",
                    ANY, StatusMapping.customs(true, Reason.DUTIES)),
            rule(List.of("clearance", "cleared", "released"), "clearance (processing )?complete|cleared (by |through )?customs|released by customs"
                    + "|customs clearance (is )?complete", ANY, StatusMapping.customs(false, null)),
            rule(List.of("clearance delay", "customs", "held", "hold"), "clearance delay|customs (hold|inspection|delay)|held (by|at|in) customs"
                    + "|(held|hold) for (customs|inspection)", ANY, StatusMapping.customs(true, Reason.INSPECTION)),
            rule(List.of("clearance event", "customs", "handed", "presented"), "clearance event|customs status updated|(handed|presented) to customs", ANY,
                    StatusMapping.customs(true, null)),
            rule(List.of("out for delivery", "delivery courier", "vehicle for delivery"), "out for delivery|with (the )?delivery courier|on vehicle for delivery", ANY,
                    StatusMapping.of(EventCode.OUT_FOR_DELIVERY)),
            rule(List.of("for pick", "for collection", "collection", "service", "parcel", "packstation", "post office", "retail"), "(ready|available) for (pick ?up|collection)|awaiting collection|(at|to) (the |a )?(service ?point"
                    + "|parcel ?shop|packstation|post office|retail (location|outlet))", ANY,
                    StatusMapping.of(EventCode.AVAILABLE_FOR_PICKUP)),
            rule(List.of("address"), "address", FAILURE, StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.ADDRESS)),
            rule(List.of("refused", "rejected"), "refused|rejected", FAILURE, StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.REFUSED)),
            rule(List.of("access"), "no access|access (denied|restricted)", FAILURE, StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.NO_ACCESS)),
            rule(List.of("home", "available", "absent", "closed", "nobody"), "not (at )?home|not available|unavailable|absent|business (was )?closed|nobody", FAILURE,
                    StatusMapping.of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT)),
            rule(List.of("destination"), "arrived (in|at) (the )?destination country", ANY, StatusMapping.of(EventCode.ARRIVED_DESTINATION)),
            rule(List.of("origin"), "(departed|left) (from )?(the )?origin (country|airport|gateway)", ANY,
                    StatusMapping.of(EventCode.DEPARTED_ORIGIN)),
            rule(List.of("picked up", "collected from", "shipment received"), "(shipment )?picked up|collected from (the )?(sender|shipper)|shipment received", ANY,
                    StatusMapping.of(EventCode.PICKED_UP)),
            rule(List.of("processed at", "arrived at", "departed", "sort", "transferred through"), "processed at|arrived at|departed (from )?(the )?(facility|hub|sort)|sort(ing)? (facility|center|centre)"
                    + "|transferred through", ANY, StatusMapping.of(EventCode.HUB_SCAN)),
            rule(List.of("weather"), "weather", ANY, StatusMapping.of(EventCode.IN_TRANSIT, Reason.WEATHER)));

    private DhlStatusMap() {
    }

    private static TextRule rule(List<String> keywords, String regex, Set<String> statusCodes, StatusMapping mapping) {
        // the text is folded to ASCII lower case once per event (see refine), as CASE_INSENSITIVE would per rule
        return new TextRule(keywords, Pattern.compile(regex), statusCodes, mapping);
    }

    /** The row for an event: the code table, refined by the text rules where they apply. */
    static StatusMapping map(String statusCode, String text, String trackingNumber) {
        StatusMapping byCode = TABLE.map(statusCode, trackingNumber);
        Optional<StatusMapping> byText = refine(statusCode, text);
        return byText.orElse(byCode);
    }

    static Optional<StatusMapping> refine(String statusCode, String text) {
        if (statusCode == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = statusCode.strip().toLowerCase(Locale.ROOT);
        String folded = asciiLowerCase(text);
        for (TextRule rule : TEXT_RULES) {
            if (rule.statusCodes().contains(code) && rule.matches(folded)) {
                return Optional.of(rule.mapping());
            }
        }
        return Optional.empty();
    }

    /** {@code text} with A-Z folded to a-z and nothing else changed: what {@code CASE_INSENSITIVE} matches. */
    private static String asciiLowerCase(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
