package dev.waybill.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.waybill.Assessment;
import dev.waybill.json.internal.Codecs;
import dev.waybill.json.internal.LineReaders;
import dev.waybill.message.Message;
import dev.waybill.shipment.Shipment;

/**
 * The contract's JSON as a Jackson {@code Module}: register it on your own mapper to read and write
 * {@link Shipment} (the input format of {@code assess}), {@link Assessment} (the verdict line),
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

    /** The module with every codec registered. */
    public WaybillJsonModule() {
        super("waybill-json");
        for (StdSerializer<?> serializer : Codecs.serializers()) {
            addSerializer(serializer);
        }
        addDeserializer(Shipment.class, Codecs.shipmentDeserializer());
        addDeserializer(ErrorLine.class, Codecs.errorLineDeserializer());
        addDeserializer(Assessment.class, Codecs.deserializer(Assessment.class, LineReaders::assessment));
        addDeserializer(Message.class, Codecs.deserializer(Message.class, LineReaders::message));
        addDeserializer(ReturnsAnswer.class, Codecs.deserializer(ReturnsAnswer.class, LineReaders::returns));
    }
}
