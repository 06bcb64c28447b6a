-- Waybill watch store, version 3: webhooks name a parcel by its tracking number.
CREATE INDEX shipments_by_number ON shipments (tracking_number);
