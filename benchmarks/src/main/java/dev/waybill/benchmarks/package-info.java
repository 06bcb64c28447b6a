/**
 * The JMH benchmarks of Waybill (not published): verdict cost against JSON parse cost, adapter
 * parsing against Jackson and a vendor SDK, polling overhead against bare OkHttp, throughput at
 * scale, and the input generator of the command-against-jq comparison. Run them with
 * {@code benchmarks/run quick} or {@code benchmarks/run full}; the figures are in
 * {@code benchmarks/README.md}.
 */
package dev.waybill.benchmarks;
