package dev.waybill.carriers.dhl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text rules that refine DHL's five status codes, and the keyword test in front of them. */
class DhlStatusMapTest {

    /** Phrases of DHL's business units, each written to hit one rule, in mixed case. */
    private static final List<String> PHRASES = List.of(
            "Shipment is being RETURNED to the shipper", "The shipment has been returned to sender",
            "Shipment Damaged - Contact Customer Service", "Shipment lost in transit", "Could not be located",
            "Further documents are required by customs", "Awaiting the documents from the consignee",
            "Duties and taxes are unpaid", "Awaiting payment of duties", "Clearance processing complete at LEIPZIG",
            "Customs clearance is complete", "Released by Customs", "Clearance delay", "Held by customs",
            "Hold for inspection", "Clearance event", "Shipment handed to customs", "Out for delivery",
            "With delivery courier", "Ready for pick up at the service point", "Available for collection",
            "Delivered to a Packstation", "At the post office", "Incorrect ADDRESS", "Delivery refused",
            "No access to the building", "Recipient not at home", "Business closed", "Nobody home",
            "Arrived at the destination country", "Departed from the origin airport", "Shipment picked up",
            "Collected from the sender", "Processed at CINCINNATI HUB", "Arrived at Sort Facility",
            "Transferred through LEIPZIG", "Delayed by severe weather", "Shipment information received",
            "The shipment has been delivered", "Unterwegs zum Zustellzentrum", "İade edildi", "KELVIN \u212A lost");

    @Test
    void theKeywordTestNeverDisagreesWithItsPattern() {
        List<String> texts = new ArrayList<>(PHRASES);
        Random random = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            String a = PHRASES.get(random.nextInt(PHRASES.size()));
            String b = PHRASES.get(random.nextInt(PHRASES.size()));
            texts.add(a.substring(0, random.nextInt(a.length() + 1)) + " " + b.substring(random.nextInt(b.length() + 1)));
        }
        for (DhlStatusMap.TextRule rule : DhlStatusMap.TEXT_RULES) {
            Pattern caseInsensitive = Pattern.compile(rule.pattern().pattern(), Pattern.CASE_INSENSITIVE);
            for (String text : texts) {
                String folded = text.chars().map(c -> c >= 'A' && c <= 'Z' ? c + 32 : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                assertThat(rule.matches(folded)).as(rule.pattern() + " on '" + text + "'")
                        .isEqualTo(caseInsensitive.matcher(text).find());
            }
        }
    }

    @Test
    void phrasesRefineTheirStatusCodeWhateverTheirCase() {
        assertThat(DhlStatusMap.map("transit", "SHIPMENT IS BEING RETURNED TO THE SHIPPER", "1").code())
                .isEqualTo(EventCode.RETURN_TO_SENDER);
        assertThat(DhlStatusMap.map("failure", "Incorrect Address", "1").reason()).isEqualTo(Reason.ADDRESS);
        assertThat(DhlStatusMap.map("transit", "Processed at CINCINNATI HUB", "1").code()).isEqualTo(EventCode.HUB_SCAN);
        assertThat(DhlStatusMap.map("transit", "Unterwegs zum Zustellzentrum", "1").code())
                .isEqualTo(EventCode.IN_TRANSIT);
    }
}
