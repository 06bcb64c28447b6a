/**
 * Rules as data: the JSON resources behind Waybill's defaults (transit profiles, the peak calendar,
 * statutory return rules, liability terms, the compensation ladder, message templates) and the
 * loaders that validate them. A shop overrides any of them with its own file; loading fails with
 * the file, the JSON path in it and what is wrong ({@link dev.waybill.policies.PolicyFileException}).
 */
package dev.waybill.policies;
