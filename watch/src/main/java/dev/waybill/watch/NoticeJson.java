package dev.waybill.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import java.time.Instant;

/**
 * A notice as JSON, the line {@code waybill watch} prints and {@link HttpNoticeSink} posts:
 * {@code id, shipment, audience, kind, at, language, channel, subject, body, verdict, sendAfter}
 * (and {@code sentAt} in the ledger that {@code waybill notices} prints). One format for every runtime
 * that hands notices on: the JDBC watcher and the Kafka Streams topology.
 */
public final class NoticeJson {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private NoticeJson() {
    }

    /** The notice as a JSON object; with {@code sentAt} (null while unsent) when {@code withSentAt}. */
    public static ObjectNode of(StoredNotice notice, boolean withSentAt) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", notice.id());
        line.put("shipment", notice.shipment());
        line.put("audience", notice.audience().name());
        line.put("kind", notice.kind().name());
        line.put("at", notice.at().toString());
        line.put("language", notice.language().orElse(null));
        line.put("channel", notice.channel().orElse(null));
        line.put("subject", notice.subject().orElse(null));
        line.put("body", notice.body().orElse(null));
        try {
            line.set("verdict", MAPPER.readTree(notice.verdictJson()));
        } catch (JsonProcessingException e) {
            line.put("verdict", notice.verdictJson());
        }
        line.put("sendAfter", notice.sendAfter().toString());
        if (withSentAt) {
            line.put("sentAt", notice.sentAt().map(Instant::toString).orElse(null));
        }
        return line;
    }
}
