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
     * The message for the shipment {@code assessment} judged (the verdict, and the remedy when one
     * was decided). A proactive request about a parcel that needs no message gives a message without
     * a body; an inquiry always gets a reply.
     */
    default Message compose(Assessment assessment, MessageRequest request) {
        return compose(assessment.shipment(), assessment, request);
    }

    /**
     * The message for {@code shipment}, a version of the one {@code assessment} judged (the same
     * id; for example with the buyer's language filled in), given that assessment. Implementations
     * write this one; callers use {@link #compose(Assessment, MessageRequest)}.
     *
     * @throws IllegalArgumentException if {@code shipment} is not the shipment the assessment judged
     */
    Message compose(Shipment shipment, Assessment assessment, MessageRequest request);
}
