package dev.waybill.mcp;

import dev.waybill.Waybill;
import dev.waybill.mcp.internal.ToolSet;
import dev.waybill.returns.ShopReturnPolicy;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.List;
import java.util.Objects;

/**
 * Waybill's four MCP tools ({@code assess_shipment}, {@code track_parcel}, {@code return_eligibility},
 * {@code compose_reply}) over one {@link Waybill}, for a shop that runs its own MCP server:
 * <pre>{@code
 * McpSyncServer server = McpServer.sync(transport).serverInfo("my-shop", "1.0").build();
 * WaybillTools.register(server, DefaultPolicies.waybill().build());
 * }</pre>
 * Immutable and thread-safe.
 */
public final class WaybillTools {

    private final ToolSet tools;

    private WaybillTools(Waybill waybill, ShopReturnPolicy returnPolicy) {
        this.tools = new ToolSet(Objects.requireNonNull(waybill, "waybill"), returnPolicy);
    }

    /** The tools over {@code waybill}, with the statutory return rules alone. */
    public static WaybillTools of(Waybill waybill) {
        return new WaybillTools(waybill, null);
    }

    /** The tools over {@code waybill}, {@code return_eligibility} adding the shop's own {@code returnPolicy}. */
    public static WaybillTools of(Waybill waybill, ShopReturnPolicy returnPolicy) {
        return new WaybillTools(waybill, Objects.requireNonNull(returnPolicy, "returnPolicy"));
    }

    /** Registers the four tools over {@code waybill} on {@code server}. */
    public static void register(McpSyncServer server, Waybill waybill) {
        of(waybill).registerOn(server);
    }

    /** Registers these tools on {@code server}. */
    public void registerOn(McpSyncServer server) {
        for (SyncToolSpecification tool : tools.specifications()) {
            server.addTool(tool);
        }
    }

    /** Adds these tools to a server being specified ({@code McpServer.sync(transport)...}). */
    public <S extends McpServer.SyncSpecification<S>> S addTo(S specification) {
        specification.tools(tools.specifications());
        return specification;
    }

    /** The tools' specifications: names, input and output schemas, and handlers. */
    public List<SyncToolSpecification> specifications() {
        return tools.specifications();
    }

    /**
     * The same specifications for a server whose JSON mapper is Jackson 2 ({@code mcp-json-jackson2}, as on
     * the servers Waybill builds): each result's structured content is the contract's JSON as the Jackson
     * tree the tool made, not converted to maps and back. {@link #specifications()} suits any mapper.
     */
    public List<SyncToolSpecification> jacksonSpecifications() {
        return tools.jacksonSpecifications();
    }
}
