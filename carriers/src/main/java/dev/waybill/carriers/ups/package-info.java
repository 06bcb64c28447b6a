/**
 * UPS Track API: {@link dev.waybill.carriers.ups.UpsTracking} calls
 * {@code GET /api/track/v1/details/{inquiryNumber}} with an OAuth2 bearer token (client credentials,
 * {@code client_secret_basic}) and the {@code transId}/{@code transactionSrc} headers, one number per
 * call, and reads the {@code trackResponse} schema; UPS Track Alert push events are verified by their
 * {@code credential} header ({@link dev.waybill.carriers.ups.UpsWebhook}) and read the same way. Built from
 * {@link dev.waybill.carriers.ups.UpsSettings}; found on the class path through
 * {@link dev.waybill.carriers.ups.UpsProvider}.
 */
package dev.waybill.carriers.ups;
