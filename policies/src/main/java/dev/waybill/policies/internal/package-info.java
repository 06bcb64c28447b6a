/**
 * Not API: how the policy loaders bind their JSON with Jackson into package-private DTO records
 * ({@link dev.waybill.policies.internal.PolicyJson}) and validate them where they stand
 * ({@link dev.waybill.policies.internal.At}), so that every error names the file, the JSON path and
 * the problem. May change in any release.
 */
package dev.waybill.policies.internal;
