/**
 * Watching past one machine: the rules of {@code waybill-watch} as a Kafka Streams topology
 * ({@link dev.waybill.streams.WatchTopology}) on partitioned topics ({@link dev.waybill.streams.Topics}),
 * exactly once ({@link dev.waybill.streams.WatchStreams}), with wall-clock punctuation for parcels that
 * go silent.
 */
package dev.waybill.streams;
