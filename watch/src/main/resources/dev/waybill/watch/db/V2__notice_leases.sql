-- Waybill watch store, version 2: a notice is leased to one watcher while it is handed to the sink,
-- so that two watchers on one database never both send it.
ALTER TABLE notices ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE notices ADD COLUMN lease_until BIGINT;
