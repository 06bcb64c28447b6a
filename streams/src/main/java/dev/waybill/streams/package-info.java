/**
 * Watching past one machine: the rules of {@code waybill-watch} as a Kafka Streams topology
 * ({@link dev.waybill.streams.WatchTopology}) on partitioned topics ({@link dev.waybill.streams.Topics}),
 * exactly once ({@link dev.waybill.streams.WatchStreams}), with wall-clock punctuation for parcels that
 * go silent.
 *
 * <h2>Webhooks: from a carrier's name to a shipment's partition</h2>
 * A webhook delivery arrives keyed by the carrier's name and names tracking numbers; a shipment is kept
 * in the partition of its id. Three sub-topologies join the two, each with its state where its key is:
 * <ol>
 *   <li><b>verify</b> (on {@code waybill.webhooks}, stateless): the carrier's adapter checks the signature
 *       over the raw bytes with the record's headers and reads the shipments
 *       ({@code CarrierAdapter.parseWebhook}, the check of {@code waybill webhook} and of the watcher's
 *       intake); each shipment goes to {@code waybill.by-tracking-number} keyed by its tracking number.</li>
 *   <li><b>route</b> (on {@code waybill.by-tracking-number}, store {@code waybill-tracking-numbers}: number
 *       to the ids of the watched shipments with it). The watching writes to the same topic, under the same
 *       key, an entry for each shipment's number (and its removal when the number changes or the shipment
 *       is forgotten), so the entries and the updates for one number meet in one partition and one store, in
 *       order: the index is co-partitioned with what it answers by construction. An update goes on to
 *       {@code waybill.pushed} keyed by the shipment's id (where several shipments have the number, the one
 *       of the pushing carrier, else the one indexed last, as the JDBC store chooses); a number no watched
 *       shipment has is rejected, as the watcher answers it {@code unknown} and stores nothing. A delivery
 *       that came before its shipment is therefore rejected: produce shipments first, or replay the rejected
 *       record from the offset its rejection names.</li>
 *   <li><b>watch</b> (on {@code waybill.shipments} and {@code waybill.pushed}, which must have the same
 *       partition count and the default partitioner, so partition {@code p} of both is one task): an update
 *       is merged into the journey as the watcher's intake merges it, and the same look
 *       ({@code dev.waybill.watch.Looks}) decides, the changes caused by {@code WEBHOOK}.</li>
 * </ol>
 * The topology never polls a carrier, so a shipment that gets webhooks keeps the pace of its due looks
 * (they find what time alone changes: silence, ETAs, claim deadlines); the watcher's slow poll fallback
 * has nothing to slow down here. Each hop is a topic written inside the task's exactly-once transaction,
 * so a delivery is applied once however often the instance dies; the same delivery produced twice adds
 * duplicate events only, which change nothing.
 */
package dev.waybill.streams;
