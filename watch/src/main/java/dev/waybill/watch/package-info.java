/**
 * Shipments watched over time: the {@link dev.waybill.watch.ShipmentStore} (JDBC on an H2 file or
 * PostgreSQL, schema by Flyway), the {@link dev.waybill.watch.Watcher} tick that recomputes verdicts,
 * records transitions and decides notices in one transaction (an outbox), and the
 * {@link dev.waybill.watch.NoticeSink} that receives each notice with its stable id.
 */
package dev.waybill.watch;
