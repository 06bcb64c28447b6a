package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.mcp.WaybillMcpHttpServer;
import dev.waybill.mcp.WaybillMcpServer;
import dev.waybill.mcp.WaybillTools;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.returns.ShopReturnPolicies;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code waybill mcp [--http PORT] [--profiles FILE] [--policy FILE] [--sandbox]}: Waybill's tools for
 * conversational agents ({@code assess_shipment}, {@code track_parcel}, {@code return_eligibility},
 * {@code compose_reply}) served as a Model Context Protocol server named {@code waybill} over standard
 * input/output, until the client closes standard input, or with {@code --http PORT} over Streamable
 * HTTP at {@code http://127.0.0.1:PORT/mcp} until the process is stopped. Standard output carries the protocol only;
 * logs go to standard error. {@code --sandbox} answers {@code track_parcel} from the sandbox carrier
 * server of {@code waybill demo}; otherwise carriers use the keys configured as for {@code watch}.
 */
final class McpCommand implements Command {

    private final ObjectMapper mapper;
    private final Map<String, String> environment;

    McpCommand(ObjectMapper mapper, Map<String, String> environment) {
        this.mapper = mapper;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "mcp";
    }

    @Override
    public String usage() {
        return "mcp [--http PORT] [--profiles FILE] [--policy FILE] [--sandbox]";
    }

    @Override
    public String description() {
        return "Serves Waybill's tools to AI customer-service agents as an MCP server named waybill, over standard "
                + "input/output (or Streamable HTTP on loopback): assess_shipment, track_parcel, return_eligibility and compose_reply.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(
                Flag.value("http", "PORT", "Streamable HTTP at http://127.0.0.1:PORT/mcp (loopback only) instead of "
                        + "standard input/output"),
                Flag.value("profiles", "FILE", "lane transit profiles that replace or add to the bundled ones"),
                Flag.value("policy", "FILE", "the shop's own return policy, which can only add to the law"),
                Flag.toggle("sandbox", "track_parcel answers from the sandbox carrier server of waybill demo: "
                        + "no network, no keys"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("takes no FILE argument, got '" + arguments.positional().get(0) + "'");
        }
        Integer port = port(arguments);
        Waybill.Builder waybill = PolicyFlags.waybill(arguments, console.clock()).toBuilder();
        SandboxCarrierServer sandbox = null;
        try {
            if (arguments.has("sandbox")) {
                sandbox = SandboxCarrierServer.start(new DemoCommand(mapper).samples());
                waybill.carriers(DemoCommand.sandboxCarriers(sandbox));
                for (String api : SandboxCarrierServer.SERVED) {
                    if (!sandbox.trackingNumbers(api).isEmpty()) {
                        console.err().println("waybill mcp: sandbox " + api + " tracks "
                                + String.join(", ", sandbox.trackingNumbers(api)));
                    }
                }
            } else {
                waybill.carriers(Carriers.load(McpCommand.class.getClassLoader(),
                        carrier -> CarrierConfig.fromEnvironment(carrier, environment)));
            }
            WaybillTools tools = tools(waybill.build(), arguments);
            if (port != null) {
                try (WaybillMcpHttpServer server = WaybillMcpHttpServer.start(tools, port)) {
                    console.err().println("waybill mcp: serving assess_shipment, track_parcel, return_eligibility and "
                            + "compose_reply at " + server.url());
                    server.join();
                } catch (UncheckedIOException e) {
                    throw new UsageException("--http: " + e.getCause().getMessage(), e);
                }
                return ExitStatus.OK;
            }
            console.err().println("waybill mcp: serving assess_shipment, track_parcel, return_eligibility and "
                    + "compose_reply on standard input/output");
            WaybillMcpServer.serve(tools, console.in(), console.out());
            return ExitStatus.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.OK;
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** {@code --http PORT}: null for standard input/output. */
    private static Integer port(Arguments arguments) throws UsageException {
        if (arguments.value("http").isEmpty()) {
            return null;
        }
        String text = arguments.value("http").get();
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new UsageException("--http: not a port (1-65535): '" + text + "'");
    }

    private static WaybillTools tools(Waybill waybill, Arguments arguments) throws UsageException {
        if (arguments.value("policy").isEmpty()) {
            return WaybillTools.of(waybill);
        }
        try {
            return WaybillTools.of(waybill, ShopReturnPolicies.load(Path.of(arguments.value("policy").get())));
        } catch (PolicyFileException e) {
            throw new UsageException("--policy: " + e.getMessage(), e);
        }
    }
}
