/**
 * 17TRACK Tracking API v2 ({@value dev.waybill.carriers.seventeentrack.SeventeenTrackSettings#API_VERSION}):
 * {@link dev.waybill.carriers.seventeentrack.SeventeenTrackTracking} registers up to 40 numbers per
 * call ({@code POST register}, header {@code 17token}) and reads them back with
 * {@code POST gettrackinfo}, handling partial acceptance ({@code accepted}/{@code rejected}); it reads
 * {@code TRACKING_UPDATED} and {@code TRACKING_STOPPED} webhooks and verifies their {@code sign}
 * header. Built from {@link dev.waybill.carriers.seventeentrack.SeventeenTrackSettings}.
 */
package dev.waybill.carriers.seventeentrack;
