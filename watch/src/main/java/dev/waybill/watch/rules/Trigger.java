package dev.waybill.watch.rules;

/** What made a shipment's verdict change: a poll, a webhook, an ingest, or the passing of time. */
public enum Trigger {
    POLL, WEBHOOK, INGEST, TIME
}
