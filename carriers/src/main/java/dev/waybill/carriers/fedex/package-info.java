/**
 * FedEx Track API ("Basic Integrated Visibility"): {@link dev.waybill.carriers.fedex.FedexTracking}
 * posts up to 30 numbers to {@code /track/v1/trackingnumbers} with an OAuth2 bearer token (client
 * credentials in the form body) and reads {@code completeTrackResults}, resolving a number FedEx
 * reused by the latest ship date; Advanced Integrated Visibility pushes (the same body) are verified by
 * their {@code fdx-signature} ({@link dev.waybill.carriers.fedex.FedexWebhook}). Built from
 * {@link dev.waybill.carriers.fedex.FedexSettings}; found on the class path through
 * {@link dev.waybill.carriers.fedex.FedexProvider}.
 */
package dev.waybill.carriers.fedex;
