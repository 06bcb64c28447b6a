/**
 * Liability rules as data: the bundled regimes (conventions, carriers' terms, postal schemes) with
 * their dated limits and time limits, the default mapping from a claim to its regime, and their
 * loaders. {@link dev.waybill.policies.liability.LiabilityPolicies#defaults()} gives the ready
 * {@link dev.waybill.liability.ClaimEngine}; every row carries a {@link dev.waybill.source.Source}.
 */
package dev.waybill.policies.liability;
