-- Waybill watch store, version 6: the ledger a tick reads of each leased shipment (kind, cause key, when
-- decided) in an index of its own, so that it is read from the index without the notice row, whose texts
-- and verdict line are most of its bytes. It serves every query notices_by_shipment served.
CREATE INDEX notices_ledger ON notices (shipment_id, decided_at, id, kind, cause_key);
DROP INDEX notices_by_shipment;
