/**
 * Compensation: which {@link dev.waybill.remedy.Remedy} to offer the buyer for a verdict, and
 * what the seller claims back from whom.
 *
 * <p>The {@link dev.waybill.remedy.CompensationEngine} decides by a shop's
 * {@link dev.waybill.remedy.CompensationPolicy} (the ladder: every threshold is data) and dated
 * {@link dev.waybill.remedy.MarketplaceRule}s, which mark a carrier-caused delay within a
 * marketplace's grace as not counting against the shop. {@link dev.waybill.remedy.ClaimRequests}
 * turns a verdict into the {@link dev.waybill.liability.ClaimRequest} for the claim engine.
 *
 * <p>All types are immutable and thread-safe.
 */
package dev.waybill.remedy;
