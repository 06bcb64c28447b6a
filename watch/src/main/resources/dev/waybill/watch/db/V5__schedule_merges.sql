-- Waybill watch store, version 5: how many merges have added events or reports to each shipment. A tick
-- records its look's next due time only where the count is still the one its look read; a merge in
-- between (an ingest, a webhook, another watcher) leaves the shipment due at once.
ALTER TABLE schedule ADD COLUMN merges BIGINT NOT NULL DEFAULT 0;
