package dev.waybill.liability;

/**
 * The event a time limit counts from. Where the shipment does not show the event, the claim engine
 * counts a deadline from {@link #ACCEPTANCE}, the earliest possible start, so a deadline is never
 * later than the true one, and says so in the claim's basis.
 */
public enum Trigger {
    /** The carrier took the goods over: acceptance, tender, mailing, posting. */
    ACCEPTANCE("acceptance"),
    /** The goods were placed at the consignee's disposal: available for pickup, or delivered. */
    DISPOSAL("the goods being placed at the consignee's disposal"),
    /** The goods were delivered (received). */
    DELIVERY("delivery"),
    /** The carrier's scheduled or agreed delivery date. */
    EXPECTED_DELIVERY("the scheduled delivery date");

    private final String words;

    Trigger(String words) {
        this.words = words;
    }

    /** The event in words, for a claim's basis. */
    public String words() {
        return words;
    }
}
