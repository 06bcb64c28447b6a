/**
 * Stage-based liability and claims: whom the seller recovers a loss from and the evidence to
 * collect ({@link dev.waybill.liability.StageLiability}), and the claim that can be made
 * ({@link dev.waybill.liability.ClaimEngine} giving a {@link dev.waybill.liability.Claim}).
 *
 * <p>Liability regimes are data ({@link dev.waybill.liability.LiabilityRegime}): conventions,
 * carriers' terms and postal schemes with dated {@link dev.waybill.liability.LimitRule}s and
 * {@link dev.waybill.liability.TimeLimit}s, each with its {@link dev.waybill.source.Source} and
 * {@link dev.waybill.source.Confidence}. Which regime a claim falls under is decided by ordered
 * {@link dev.waybill.liability.RegimeRule}s. Caps in SDR use the ISO 4217 code {@code XDR}; the
 * caller supplies any {@link dev.waybill.liability.SdrRate}. The bundled data lives in the
 * {@code policies} module.
 *
 * <p>This package never reads verdicts (the verdict engine reads it); all types are immutable and
 * thread-safe.
 */
package dev.waybill.liability;
