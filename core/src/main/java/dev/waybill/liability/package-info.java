/**
 * Stage-based liability: whom the seller recovers a loss from, the evidence to collect, and the
 * claim that can be made (regime, deadline, cap).
 */
package dev.waybill.liability;
