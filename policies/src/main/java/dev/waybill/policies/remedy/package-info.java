/**
 * Compensation rules as data: the default ladder (a replaceable judgement), the dated marketplace
 * rules (Amazon, Shopee) and their loaders.
 * {@link dev.waybill.policies.remedy.CompensationPolicies#defaults()} gives the ready
 * {@link dev.waybill.remedy.CompensationEngine}; a shop's ladder file is loaded with
 * {@link dev.waybill.policies.remedy.CompensationPolicies#withLadder(java.nio.file.Path)}.
 */
package dev.waybill.policies.remedy;
