/**
 * EasyPost Trackers: {@link dev.waybill.carriers.easypost.EasyPostTracking} creates trackers (HTTP
 * Basic auth, the API key as user name), one with {@code POST /v2/trackers} or many with
 * {@code POST /v2/trackers/batch}, reads {@code Tracker}, tracker lists and {@code Event} webhook
 * bodies, and verifies {@code X-Hmac-Signature}. Built from
 * {@link dev.waybill.carriers.easypost.EasyPostSettings}.
 */
package dev.waybill.carriers.easypost;
