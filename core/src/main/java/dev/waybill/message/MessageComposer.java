package dev.waybill.message;

import dev.waybill.Assessment;
import dev.waybill.shipment.Shipment;

/**
 * Writes the message to send a buyer now, from what Waybill concluded about their shipment.
 *
 * <p>Implementations are immutable and thread-safe: built once, called from any thread. The
 * template-backed implementation is {@code dev.waybill.policies.message.TemplateMessageComposer}.
 */
public interface MessageComposer {

    /**
     * The message for {@code shipment} given its {@code assessment} (the verdict, and the remedy
     * when one was decided). A proactive request about a parcel that needs no message gives a
     * message without a body; an inquiry always gets a reply.
     */
    Message compose(Shipment shipment, Assessment assessment, MessageRequest request);
}
