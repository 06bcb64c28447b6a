/**
 * USPS Tracking v3: {@link dev.waybill.carriers.usps.UspsTracking} calls
 * {@code GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL} with an OAuth2 bearer token
 * (client credentials, {@code client_secret_post}), one number per call, and reads the
 * {@code TrackingDetails} schema. Polling only. Built from
 * {@link dev.waybill.carriers.usps.UspsSettings}; found on the class path through
 * {@link dev.waybill.carriers.usps.UspsProvider}.
 */
package dev.waybill.carriers.usps;
