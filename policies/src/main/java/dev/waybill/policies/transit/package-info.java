/**
 * Transit data: the default transit profiles per lane, the peak calendar, and the readers for a
 * shop's own profiles, peak seasons and registered disruptions. Entry point:
 * {@link dev.waybill.policies.transit.TransitPolicies}.
 */
package dev.waybill.policies.transit;
