/**
 * Waybill as Model Context Protocol tools for conversational agents: {@code assess_shipment},
 * {@code track_parcel}, {@code return_eligibility} and {@code compose_reply}, whose structured
 * results are the JSON the {@code waybill} command prints. {@link dev.waybill.mcp.WaybillTools}
 * registers them on any {@code McpSyncServer}; {@link dev.waybill.mcp.WaybillMcpServer} serves them
 * over standard input/output.
 */
package dev.waybill.mcp;
