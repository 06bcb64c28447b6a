/**
 * Return law and shop return policies as data: the bundled statutory withdrawal rules of 48
 * markets ({@link dev.waybill.policies.returns.StatutoryReturnRules}), a shop's own return policy
 * file ({@link dev.waybill.policies.returns.ShopReturnPolicies}), and public holidays from the
 * Jollyday library ({@link dev.waybill.policies.returns.JollydayHolidayCalendar}).
 *
 * <p>Every file is bound with Jackson into package-private DTO records and then checked into core's
 * types: a problem fails the load with the file, the JSON path and what is wrong. Loaders return core's immutable types and log
 * nothing.
 */
package dev.waybill.policies.returns;
