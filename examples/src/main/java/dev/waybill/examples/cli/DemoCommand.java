package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.cainiao.CainiaoSettings;
import dev.waybill.carriers.cainiao.CainiaoTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.carriers.yunexpress.YunExpressSettings;
import dev.waybill.carriers.yunexpress.YunExpressTracking;
import dev.waybill.delay.Verdict;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.examples.sandbox.SandboxParcel;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.learn.HistoryReport;
import dev.waybill.liability.Claim;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.remedy.Remedy;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code waybill demo [--now INSTANT]}: the main job end to end, offline. A sandbox carrier server on
 * loopback serves a bundled set of sample shipments covering every exception in the shapes of the
 * DHL, AfterShip, 17TRACK, EasyPost and Cainiao APIs (a Cainiao parcel handed over to DHL for the last
 * mile is followed to DHL and judged as one journey); the real adapters poll it through OkHttp; the command
 * judges what they read, with what only the shop knows (order, promise, value, buyer reports) added,
 * and prints, per shipment, the verdict and why, the claim, the remedy and the buyer's message in the
 * buyer's language. The sample data is dated around {@value #DEMO_NOW}, so that is the default "now".
 * With {@code --watch} it watches the same shipments through the simulated month up to "now" instead
 * ({@link WatchDemo}).
 */
final class DemoCommand implements Command {

    static final String DEMO_NOW = "2026-11-20T12:00:00Z";
    private static final String SHOP = "Lumen Home";
    private static final String TRACKING = "https://track.lumen-home.example/";
    /** The sandbox takes any key; the adapters refuse to track without one. */
    private static final String SANDBOX_KEY = "sandbox-key";
    private static final String SHIPMENTS = "/dev/waybill/examples/demo/shipments.json";

    private final ObjectMapper mapper;

    DemoCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo [--now INSTANT] [--watch]";
    }

    @Override
    public String description() {
        return "Runs the main job end to end with no network and no keys: a sandbox carrier server on loopback, "
                + "the real adapters polling it, and per shipment the verdict, the remedy and the buyer's message.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("now", "INSTANT", "fixes the clock (default " + DEMO_NOW + ", the sample data's day)"),
                Flag.toggle("watch", "watch the shipments through the simulated month up to --now instead: "
                        + "each shipment's timeline of transitions and notices"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("demo takes no FILE");
        }
        Clock clock = arguments.clock(Clock.fixed(Instant.parse(DEMO_NOW), ZoneOffset.UTC));
        if (arguments.has("watch")) {
            WatchDemo.run(samples(), clock.instant(), console.out());
            return ExitStatus.OK;
        }
        Waybill waybill = DefaultPolicies.waybill().clock(clock).build();
        MessageRequest request = MessageRequest.builder(LocalDate.now(clock)).channel(Channel.CHAT)
                .shopName(SHOP).trackingUrl(TRACKING).build();
        List<Assessment> assessments = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<Shipment> shipments = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(samples())) {
            Map<String, Served> tracked = track(sandbox);
            for (SandboxParcel parcel : sandbox.parcels()) {
                Served served = tracked.get(parcel.trackingNumber());
                Shipment shipment = shopView(parcel, served == null ? null : served.result(), console);
                Assessment assessment = waybill.assess(shipment);
                shipments.add(shipment);
                sources.add(source(served, shipment));
                assessments.add(assessment);
                messages.add(waybill.message(assessment,
                        request.toBuilder().trackingUrl(TRACKING + shipment.trackingNumber().orElse(null)).build()));
            }
            console.out().println("Tracking polled through the real adapters from the sandbox carrier server at "
                    + sandbox.baseUrl("dhl").replace("/dhl/", "") + " (" + sandbox.requestCount() + " API calls)");
        }
        print(console.out(), clock, shipments, assessments, messages, sources);
        console.out().println();
        console.out().println("Report of these shipments: " + report(shipments, clock, console));
        return ExitStatus.OK;
    }

    /** Writes the HTML report of {@code shipments} to a new temporary folder; answers where, or why not. */
    private static String report(List<Shipment> shipments, Clock clock, Console console) {
        HistoryReport.Run report = HistoryReport.of(DefaultPolicies.verdictEngine().build(), clock.instant(),
                clock.getZone()).run();
        shipments.forEach(report::add);
        try {
            Path index = Files.createTempDirectory("waybill-demo-report").resolve("index.html");
            Files.writeString(index, report.html(), StandardCharsets.UTF_8);
            return index.toAbsolutePath().toString();
        } catch (IOException e) {
            console.err().println("waybill demo: the report could not be written: " + e.getMessage());
            return "not written (" + e.getMessage() + ")";
        }
    }

    /**
     * What the adapter that served a tracking number answered for it, and how the journey went on where
     * the carrier handed the parcel over ({@code null} where it did not, or the next leg is not known).
     */
    private record Served(String adapter, TrackingResult result, String handOver) {
    }

    /**
     * Every parcel of the sandbox tracked by its API's real adapter, by tracking number, with the name of
     * the adapter that answered (the parcel's own carrier may be another: EasyPost and AfterShip track
     * many carriers' parcels).
     */
    private static Map<String, Served> track(SandboxCarrierServer sandbox) {
        Carriers carriers = sandboxCarriers(sandbox);
        Map<String, Served> tracked = new HashMap<>();
        for (String api : SandboxCarrierServer.SERVED) {
            List<String> numbers = sandbox.trackingNumbers(api);
            if (!numbers.isEmpty()) {
                CarrierAdapter adapter = carriers.get(api);
                for (TrackingResult result : adapter.track(numbers)) {
                    tracked.put(result.trackingNumber(), followed(carriers, new Served(adapter.name(), result, null)));
                }
            }
        }
        return tracked;
    }

    /**
     * {@code served} with the next leg joined where the carrier handed the parcel over and the next
     * carrier's adapter knows the number: one journey, the second carrier's events after the first's.
     */
    private static Served followed(Carriers carriers, Served served) {
        if (!(served.result() instanceof TrackingResult.Found found)) {
            return served;
        }
        Shipment first = found.shipment();
        return carriers.trackHandOver(first)
                .filter(TrackingResult.Found.class::isInstance)
                .map(next -> {
                    Shipment leg = ((TrackingResult.Found) next).shipment();
                    return new Served(served.adapter(), new TrackingResult.Found(found.trackingNumber(),
                            first.joinedWith(leg)), first.events().size() + " events, then handed over to "
                            + first.handOver().orElseThrow().carrier().orElseThrow() + " as " + first.handOver().orElseThrow().trackingNumber() + ": "
                            + carriers.get(first.handOver().orElseThrow().carrier().orElseThrow()).name() + " adapter, " + leg.events().size()
                            + " events");
                })
                .orElse(served);
    }

    /** The real adapters of the APIs the sandbox serves, each pointed at it with the sandbox key. */
    static Carriers sandboxCarriers(SandboxCarrierServer sandbox) {
        return Carriers.of(
                DhlTracking.of(DhlSettings.builder().apiKey(SANDBOX_KEY).baseUrl(sandbox.baseUrl("dhl")).build()),
                AfterShipTracking.of(AfterShipSettings.builder().apiKey(SANDBOX_KEY)
                        .baseUrl(sandbox.baseUrl("aftership")).build()),
                SeventeenTrackTracking.of(SeventeenTrackSettings.builder().apiKey(SANDBOX_KEY)
                        .baseUrl(sandbox.baseUrl("17track")).build()),
                EasyPostTracking.of(EasyPostSettings.builder().apiKey(SANDBOX_KEY)
                        .baseUrl(sandbox.baseUrl("easypost")).build()),
                CainiaoTracking.of(CainiaoSettings.builder().baseUrl(sandbox.baseUrl("cainiao")).build()),
                YunExpressTracking.of(YunExpressSettings.builder().customerCode(SANDBOX_KEY).apiSecret(SANDBOX_KEY)
                        .baseUrl(sandbox.baseUrl("yunexpress")).build()),
                UspsTracking.of(UspsSettings.builder().clientId(SANDBOX_KEY).clientSecret(SANDBOX_KEY)
                        .baseUrl(sandbox.baseUrl("usps")).build()),
                PostNlTracking.of(PostNlSettings.builder().apiKey(SANDBOX_KEY).baseUrl(sandbox.baseUrl("postnl")).build()));
    }

    /** The {@code tracked:} line of a parcel: the adapter that served it and what it gave. */
    private static String source(Served served, Shipment shipment) {
        if (served == null) {
            return "no adapter answered for " + shipment.trackingNumber().orElse(null);
        }
        String carrier = shipment.lane().carrier().filter(code -> !code.equals(served.adapter()))
                .map(code -> " (the shop's carrier: " + code + ")").orElse("");
        if (served.result() instanceof TrackingResult.Found) {
            return served.adapter() + " adapter" + carrier + ", " + (served.handOver() != null ? served.handOver()
                    : shipment.events().size() + " events") + " from the sandbox";
        }
        if (served.result() instanceof TrackingResult.Failed failed) {
            return served.adapter() + " adapter" + carrier + " failed: " + failed.error().getMessage();
        }
        return served.adapter() + " adapter" + carrier + ": no data for the number yet";
    }

    private static Shipment shopView(SandboxParcel parcel, TrackingResult result, Console console) {
        if (result instanceof TrackingResult.Found found) {
            return parcel.shopView(found.shipment());
        }
        if (result instanceof TrackingResult.Failed failed) {
            console.err().println("waybill demo: " + parcel.trackingNumber() + ": " + failed.error().getMessage());
        }
        return parcel.withoutTracking();
    }

    List<Shipment> samples() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SHIPMENTS)) {
            List<Shipment> shipments = new ArrayList<>();
            for (JsonNode node : mapper.readTree(in)) {
                shipments.add(WaybillJson.readShipment(node));
            }
            return shipments;
        } catch (ContractJsonException e) {
            throw new IllegalStateException("bundled demo shipment is invalid: " + e.error(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(PrintStream out, Clock clock, List<Shipment> shipments, List<Assessment> assessments,
                              List<Message> messages, List<String> sources) {
        out.println("Waybill demo: " + shipments.size() + " sample shipments judged at " + clock.instant()
                + " (bundled transit profiles and peak calendar)");
        out.println();
        out.printf("%-11s %-9s %-11s %-15s %-15s %-17s %-12s %4s  %-10s %s%n", "ID", "LANE", "CARRIER", "STATUS",
                "STAGE", "EXCEPTION", "CAUSE", "LATE", "ETA", "RECOVER FROM");
        for (int i = 0; i < shipments.size(); i++) {
            Shipment shipment = shipments.get(i);
            Verdict verdict = assessments.get(i).verdict();
            out.printf("%-11s %-9s %-11s %-15s %-15s %-17s %-12s %4d  %-10s %s%n", shipment.id(),
                    shipment.origin() + "->" + shipment.destination(),
                    shipment.lane().carrier().orElse("-"), verdict.status(),
                    verdict.stage(), verdict.exception(), verdict.cause(), verdict.daysLate(),
                    verdict.eta().map(eta -> (Object) eta.likely()).orElse("-"), verdict.recoverFrom());
        }
        for (int i = 0; i < shipments.size(); i++) {
            Shipment shipment = shipments.get(i);
            Verdict verdict = assessments.get(i).verdict();
            out.println();
            out.println(shipment.id() + "  " + shipment.origin() + "->" + shipment.destination() + "  "
                    + verdict.status() + (verdict.hasOpenException() ? " / " + verdict.exception() : ""));
            out.println("  tracked:  " + sources.get(i));
            out.println("  actions:  " + (verdict.actions().isEmpty() ? "none"
                    : verdict.actions().stream().map(Enum::name).collect(Collectors.joining(", "))));
            if (!verdict.evidence().isEmpty()) {
                out.println("  evidence: " + verdict.evidence().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
            for (String line : verdict.explanation()) {
                out.println("  - " + line);
            }
            Assessment assessment = assessments.get(i);
            if (assessment.claim().isPresent()) {
                Claim claim = assessment.claim().get();
                String heldBy = shipment.handOver().isEmpty() || shipment.latestEvent().isEmpty() ? ""
                        : " (" + shipment.carrierAt(shipment.latestEvent().get().instant()).orElse(null) + ")";
                out.println("  claim:    against " + claim.party() + heldBy + " under " + claim.regime() + ", file by "
                        + claim.deadline() + claim.cap().map(cap -> ", capped at " + cap).orElse(""));
            }
            if (assessment.remedy().isPresent()) {
                Remedy remedy = assessment.remedy().get();
                out.println("  remedy:   " + remedy.kind() + remedy.amount().map(amount -> " " + amount).orElse("")
                        + (remedy.returnRequired() ? " (item comes back)" : "") + ": "
                        + RemedyReasons.defaults().english(remedy.reason()));
            }
            Message message = messages.get(i);
            message.body().ifPresentOrElse(body -> {
                out.println("  message to the buyer (" + message.language().toLanguageTag()
                        + (message.escalate() ? ", a person takes over" : "") + "):");
                body.lines().forEach(line -> out.println("    " + line));
            }, () -> out.println("  message:  none needed"));
        }
    }
}
