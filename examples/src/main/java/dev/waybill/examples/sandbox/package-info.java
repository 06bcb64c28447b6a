/**
 * A sandbox carrier server on loopback: {@link dev.waybill.examples.sandbox.SandboxCarrierServer}
 * serves recorded shipments in the response shapes of the four real APIs (DHL Unified Tracking,
 * AfterShip Tracking 2026-07, 17TRACK v2.4, EasyPost Trackers), so that the real adapters can poll it
 * through OkHttp with no network and no keys. {@link dev.waybill.examples.sandbox.SandboxParcel}
 * holds what the shop knows about each parcel and the carrier does not.
 */
package dev.waybill.examples.sandbox;
