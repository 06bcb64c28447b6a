package dev.waybill.examples.cli;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.json.WaybillJson;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code waybill track --carrier NAME NUMBER...}: tracks numbers through a carrier's real API (its key
 * from {@code WAYBILL_<CARRIER>_API_KEY} and the like) and prints the shipments in the input format of
 * {@code assess}; a number the carrier does not know yet, or that failed, gets the contract's error line
 * (exit 2). Without the credentials, a usage error that names the environment variables to set.
 */
final class TrackCommand implements Command {

    /** How adapters word missing credentials: {@code ... has no API key: ...}, {@code ... has no appId/appSecret: ...}. */

    private final CarrierBodies bodies;

    TrackCommand(CarrierBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public String name() {
        return "track";
    }

    @Override
    public String usage() {
        return "track --carrier NAME NUMBER...";
    }

    @Override
    public String description() {
        return "Tracks numbers through the carrier's API (the network; keys from WAYBILL_<CARRIER>_* environment "
                + "variables) and prints their shipments in the input format of assess.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(CarrierBodies.CARRIER);
    }

    @Override
    public String fileLabel() {
        return "NUMBER";
    }

    @Override
    public String fileHelp() {
        return "the tracking numbers";
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        CarrierAdapter adapter = bodies.adapter(arguments);
        List<String> numbers = arguments.positional();
        if (numbers.isEmpty()) {
            throw new UsageException("missing NUMBER (one or more tracking numbers)");
        }
        List<TrackingResult> results;
        try {
            results = adapter.track(numbers);
        } catch (MissingCredentialsException e) {
            throw new UsageException(withoutCredentials(adapter.name(), e.settings()));
        } catch (IllegalStateException e) {     // an adapter of one's own that is not set up in another way
            throw new UsageException(adapter.name() + " cannot track: " + e.getMessage());
        }
        boolean allFound = true;
        try (JsonOutput out = new JsonOutput(WaybillJson.mapper(), console.out())) {
            for (TrackingResult result : results) {
                int index = Math.max(0, numbers.indexOf(result.trackingNumber()));
                if (result instanceof TrackingResult.Found found) {
                    out.write(WaybillJson.writeShipment(found.shipment()));
                } else if (result instanceof TrackingResult.NotYetKnown unknown) {
                    allFound = false;
                    out.write(out.errorLine(index, result.trackingNumber(), "trackingNumber: the carrier has no data"
                            + unknown.detail().map(detail -> ": " + detail).orElse("")));
                } else if (result instanceof TrackingResult.Failed failed) {
                    allFound = false;
                    out.write(out.errorLine(index, result.trackingNumber(), failed.error().getMessage()));
                }
            }
        }
        return allFound ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    /**
     * {@code dhl cannot track without credentials: set WAYBILL_DHL_API_KEY}: the settings the adapter lacks
     * turned into the environment variables that would have supplied them.
     */
    static String withoutCredentials(String carrier, List<String> settings) {
        return carrier + " cannot track without credentials: set " + settings.stream()
                .map(name -> CarrierConfig.environmentName(carrier, name)).collect(Collectors.joining(" and "));
    }
}
