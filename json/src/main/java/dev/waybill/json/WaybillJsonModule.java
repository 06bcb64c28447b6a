package dev.waybill.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.waybill.delay.Verdict;
import dev.waybill.json.internal.AssessmentWriter;
import dev.waybill.json.internal.Codecs;
import dev.waybill.json.internal.LineReaders;
import dev.waybill.message.Message;
import dev.waybill.remedy.RemedyWords;
import dev.waybill.shipment.Shipment;

/**
 * The contract's JSON as a Jackson {@code Module}: register it on your own mapper to read and write
 * {@link Shipment} (the input format of {@code assess}), {@code Assessment} (the verdict line, read back as
 * its {@link Verdict}),
 * {@link ReturnsAnswer}, {@link Message} and {@link ErrorLine} exactly as the {@code waybill} command
 * prints them.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new WaybillJsonModule()).build();
 * Shipment shipment = mapper.readValue(body, Shipment.class);   // ContractJsonException names the field
 * }</pre>
 *
 * <p>A bad record fails with a {@link ContractJsonException}. Stateless and thread-safe.
 */
public final class WaybillJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The module with every codec registered; a remedy's reason and standing are written as their codes
     * ({@link RemedyWords#codes()}: {@code LATE/ARRIVED_LATE}).
     */
    public WaybillJsonModule() {
        this(RemedyWords.codes());
    }

    /**
     * The module with every codec registered, a remedy's reason and standing written in {@code words}: for
     * the contract's English, {@code RemedyReasons.defaults().english()} of {@code waybill-policies}.
     */
    public WaybillJsonModule(RemedyWords words) {
        super("waybill-json");
        for (StdSerializer<?> serializer : Codecs.serializers(words)) {
            addSerializer(serializer);
        }
        addDeserializer(Shipment.class, Codecs.shipmentDeserializer());
        addDeserializer(ErrorLine.class, Codecs.errorLineDeserializer());
        addDeserializer(Verdict.class, Codecs.deserializer(Verdict.class, LineReaders::verdict));
        addDeserializer(Message.class, Codecs.deserializer(Message.class, LineReaders::message));
        addDeserializer(ReturnsAnswer.class, Codecs.deserializer(ReturnsAnswer.class, LineReaders::returns));
    }
}
