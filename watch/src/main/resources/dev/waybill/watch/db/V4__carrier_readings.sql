-- Waybill watch store, version 4: what the carrier said of the whole shipment (core CarrierStatus) and
-- how each event's code and instant were read (core TextReading, TimeBasis), so that a verdict computed
-- from the store after a restart equals the verdict computed before it. Existing rows keep NULL: nothing
-- was known of them.
ALTER TABLE shipments ADD COLUMN status_progress VARCHAR(32);
ALTER TABLE shipments ADD COLUMN status_reason   VARCHAR(32);
ALTER TABLE shipments ADD COLUMN status_at       VARCHAR(40);
ALTER TABLE shipments ADD COLUMN status_said     VARCHAR(1000);
ALTER TABLE events ADD COLUMN time_basis        VARCHAR(32);
ALTER TABLE events ADD COLUMN reading_rule      VARCHAR(200);
ALTER TABLE events ADD COLUMN reading_certainty VARCHAR(8);
-- when a webhook last named the shipment: it is then polled only as a slow fallback
ALTER TABLE schedule ADD COLUMN webhook_at BIGINT;
