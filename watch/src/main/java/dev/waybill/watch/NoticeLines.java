package dev.waybill.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A notice as {@code waybill watch} prints it ({@code spec/cli.md}): {@code id, shipment, audience,
 * kind, at, language, channel, subject, body, verdict, sendAfter}, and {@code sentAt} in the ledger of
 * {@code waybill notices}. One format for every runtime that hands notices on (the JDBC watcher, the
 * Kafka Streams topology).
 */
public final class NoticeLines {

    private NoticeLines() {
    }

    /** The line of {@code notice}; with {@code sentAt} when {@code withSentAt}. */
    public static ObjectNode line(ObjectMapper mapper, StoredNotice notice, boolean withSentAt) {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", notice.id());
        line.put("shipment", notice.shipment());
        line.put("audience", notice.audience().name());
        line.put("kind", notice.kind().name());
        line.put("at", notice.at().toString());
        line.put("language", notice.language());
        line.put("channel", notice.channel());
        line.put("subject", notice.subject());
        line.put("body", notice.body());
        try {
            JsonNode verdict = mapper.readTree(notice.verdictJson());
            line.set("verdict", verdict);
        } catch (IOException e) {
            line.put("verdict", notice.verdictJson());
        }
        line.put("sendAfter", notice.sendAfter().toString());
        if (withSentAt) {
            line.put("sentAt", notice.sentAt() == null ? null : notice.sentAt().toString());
        }
        return line;
    }
}
