/**
 * Learning from a shop's own delivery history: transit profiles per lane, carrier and mode
 * (survival estimates for undelivered parcels, shrinkage toward the wider lane and the bundled
 * profile, recency weighting, windows calibrated on held-back history), a backtest that replays
 * history against bundled and learned profiles, and an HTML report with charts.
 */
package dev.waybill.learn;
