/**
 * Spring Boot auto-configuration for Waybill: the facade from {@code waybill.carriers.*}, and with
 * {@code waybill-watch} and a {@code DataSource} a scheduled watcher, the webhook endpoint
 * {@code POST /waybill/webhooks/{carrier}}, the health component {@code waybill} and the
 * {@code waybill.*} Micrometer meters.
 */
package dev.waybill.spring.autoconfigure;
