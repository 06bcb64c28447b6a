/**
 * The statutory right to withdraw from a distance purchase ("can the buyer return it?"), modelled
 * from the law of each market, and the shop's own return policy layered on top.
 *
 * <p>A {@link dev.waybill.returns.ReturnRule} is one market's law as data: the period, what starts
 * it, how its first day counts, whether its last day rolls over a weekend or public holiday, the
 * extension when the buyer was not informed, the excluded categories, who pays the return and how
 * fast the refund is due, with the citation and the research confidence behind it. The
 * {@link dev.waybill.returns.WithdrawalEvaluator} applies a rule to a
 * {@link dev.waybill.returns.WithdrawalRequest} and answers a
 * {@link dev.waybill.returns.WithdrawalDecision}; a {@link dev.waybill.returns.ShopReturnPolicy}
 * can only add to the statutory right where the law applies.
 *
 * <p>Everything here is pure: no clock, no I/O, no logging. Public holidays come in through
 * {@link dev.waybill.returns.HolidayCalendar}. All types are immutable and thread-safe.
 */
package dev.waybill.returns;
