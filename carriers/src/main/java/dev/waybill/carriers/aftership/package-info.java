/**
 * AfterShip Tracking API, version {@value dev.waybill.carriers.aftership.AfterShipSettings#API_VERSION}:
 * {@link dev.waybill.carriers.aftership.AfterShipTracking} reads trackings with
 * {@code GET /trackings?tracking_numbers=…} (header {@code as-api-key}), creates the ones AfterShip
 * does not hold yet with {@code POST /trackings}, and reads versioned bodies ({@code data} is the
 * tracking), legacy v4 bodies ({@code data.tracking}) and webhook bodies ({@code msg}), verifying
 * {@code aftership-hmac-sha256}. Built from {@link dev.waybill.carriers.aftership.AfterShipSettings}.
 */
package dev.waybill.carriers.aftership;
