/**
 * UPS Track API: {@link dev.waybill.carriers.ups.UpsTracking} calls
 * {@code GET /api/track/v1/details/{inquiryNumber}} with an OAuth2 bearer token (client credentials,
 * {@code client_secret_basic}) and the {@code transId}/{@code transactionSrc} headers, one number per
 * call, and reads the {@code trackResponse} schema. Polling only. Built from
 * {@link dev.waybill.carriers.ups.UpsSettings}; found on the class path through
 * {@link dev.waybill.carriers.ups.UpsProvider}.
 */
package dev.waybill.carriers.ups;
