/**
 * The pure decisions of watching: from what is stored about a shipment ({@link WatchState}), its
 * verdict now ({@link Snapshot}) and the shop's {@link NoticePolicy}, the {@link Transition}s to
 * record and the {@link Notice}s to send ({@link Rules#decide}). No I/O and no clock reads, so the
 * JDBC watcher and a stream processor run the same code.
 */
package dev.waybill.watch.rules;
