/**
 * Compensation: which {@link dev.waybill.remedy.Remedy} to offer the buyer for a verdict, and
 * what the seller claims back from whom.
 */
package dev.waybill.remedy;
