package dev.waybill.streams.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import dev.waybill.watch.rules.LedgerEntry;
import dev.waybill.watch.rules.NoticeKind;
import dev.waybill.watch.rules.Snapshot;
import dev.waybill.watch.rules.WatchState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Watched} as the JSON the state store keeps: the shipment in the contract's {@code assess}
 * format, the rules' state field by field, the next look in epoch milliseconds, the last verdict's
 * digest and the indexed tracking number. A record written before the last two existed reads without
 * them: its next verdict is written and it is indexed at its next look.
 */
public final class WatchedJson {

    private final ObjectMapper mapper;

    /** Reads and writes with {@code mapper} (the contract's, {@code WaybillJson.mapper()}). */
    public WatchedJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The stored text of {@code watched}. */
    public String write(Watched watched) {
        ObjectNode root = mapper.createObjectNode();
        root.set("shipment", WaybillJson.writeShipment(watched.shipment()));
        root.set("state", state(watched.state()));
        if (watched.due() != null) {
            root.put("due", watched.due().toEpochMilli());
        }
        putText(root, "verdict", watched.verdict());
        if (watched.indexed() != null) {
            ObjectNode indexed = root.putObject("indexed").put("number", watched.indexed().number());
            putText(indexed, "carrier", watched.indexed().carrier());
        }
        return root.toString();
    }

    /**
     * The {@link Watched} in {@code text}, as {@link #write} wrote it.
     *
     * @throws IllegalStateException when the stored text is not what this class writes
     */
    public Watched read(String text) {
        try {
            JsonNode root = mapper.readTree(text);
            JsonNode due = root.get("due");
            JsonNode indexed = root.get("indexed");
            return new Watched(WaybillJson.readShipment(root.get("shipment")), state(root.get("state")),
                    due == null ? null : Instant.ofEpochMilli(due.asLong()), text(root, "verdict"),
                    indexed == null ? null : new Watched.Indexed(indexed.get("number").asText(),
                            text(indexed, "carrier")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state store holds a record this version cannot read: "
                    + e.getMessage(), e);
        }
    }

    private ObjectNode state(WatchState state) {
        ObjectNode node = mapper.createObjectNode();
        if (state.last().isPresent()) {
            Snapshot s = state.last().get();
            ObjectNode last = node.putObject("last");
            last.put("status", s.status().name());
            last.put("stage", s.stage().name());
            last.put("exception", s.exception().name());
            last.put("cause", s.cause().name());
            putText(last, "etaLikely", s.etaLikely());
            putText(last, "promisedBy", s.promisedBy());
            putText(last, "claimDeadline", s.claimDeadline());
            last.put("escalate", s.escalate());
            last.put("destination", s.destination().value());
            putText(last, "heldSince", s.heldSince());
        }
        putText(node, "toldEta", state.toldEta());
        putText(node, "exceptionKey", state.exceptionKey());
        putText(node, "exceptionSince", state.exceptionSince());
        ArrayNode ledger = node.putArray("ledger");
        for (LedgerEntry e : state.ledger()) {
            ledger.addObject().put("kind", e.kind().name()).put("causeKey", e.causeKey()).put("at", e.at().toString());
        }
        return node;
    }

    private static WatchState state(JsonNode node) {
        Snapshot last = null;
        JsonNode l = node.get("last");
        if (l != null) {
            last = new Snapshot(Status.valueOf(l.get("status").asText()), Stage.valueOf(l.get("stage").asText()),
                    ExceptionType.valueOf(l.get("exception").asText()), Cause.valueOf(l.get("cause").asText()),
                    date(l, "etaLikely"), date(l, "promisedBy"), date(l, "claimDeadline"), l.get("escalate").asBoolean(),
                    CountryCode.of(l.get("destination").asText()), instant(l, "heldSince"));
        }
        List<LedgerEntry> ledger = new ArrayList<>();
        for (JsonNode e : node.get("ledger")) {
            ledger.add(new LedgerEntry(NoticeKind.valueOf(e.get("kind").asText()), e.get("causeKey").asText(),
                    Instant.parse(e.get("at").asText())));
        }
        return new WatchState(last, date(node, "toldEta"), text(node, "exceptionKey"), instant(node, "exceptionSince"),
                ledger);
    }

    private static void putText(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static void putText(ObjectNode node, String field, Optional<?> value) {
        value.ifPresent(present -> node.put(field, present.toString()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Instant.parse(text);
    }
}
