/**
 * Buyer messages: which {@link dev.waybill.message.Situation} a verdict puts the buyer in, what a
 * {@link dev.waybill.message.MessageRequest} asks for (language, {@link dev.waybill.message.Channel},
 * shop, tracking link, inquiry or proactive notice), the {@link dev.waybill.message.Message} that
 * comes out, when a person must take over ({@link dev.waybill.message.EscalationPolicy}), and the
 * {@link dev.waybill.message.MessageComposer} that writes it. The words themselves are data: the
 * templates and their locale handling live in {@code dev.waybill.policies.message}.
 *
 * <p>All types are immutable and thread-safe; nothing here reads the clock or logs.
 */
package dev.waybill.message;
