package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.watch.NoticeJson;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.StoreException;
import dev.waybill.watch.StoredNotice;
import java.util.List;

/**
 * {@code waybill notices --db DB [--shipment ID]}: the ledger, every notice decided so far, oldest
 * first, as {@code watch} prints them, with {@code sentAt} (null while waiting for the buyer's
 * morning).
 */
final class NoticesCommand implements Command {

    private final ObjectMapper mapper;

    NoticesCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "notices";
    }

    @Override
    public String usage() {
        return "notices --db DB [--shipment ID]";
    }

    @Override
    public String description() {
        return "The ledger: every notice decided so far, oldest first, with when it was sent.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("db", "DB", "the store"),
                Flag.value("shipment", "ID", "only this shipment's notices"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("takes no FILE");
        }
        try (ShipmentStore store = WatchStoreFlags.open(arguments);
             JsonOutput out = new JsonOutput(mapper, console.out())) {
            for (StoredNotice notice : store.notices(arguments.value("shipment").orElse(null))) {
                out.write(NoticeJson.of(notice, true));
            }
            return ExitStatus.OK;
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
