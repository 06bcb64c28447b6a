package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tables normalisation looks codes, countries and zones up in answer as the general way does. */
class LookupTablesTest {

    @Test
    void aCountryReadsTheSameWhateverItsCaseBlanksOrAlphabet() {
        CountryCode china = CountryCode.of("CN");

        assertThat(Countries.orNull("CN")).isEqualTo(china);
        assertThat(Countries.orNull("CHN")).isEqualTo(china);
        assertThat(Countries.orNull(" chn ")).isEqualTo(china);
        assertThat(Countries.orNull("cn")).isEqualTo(china);
        assertThat(Countries.orNull("ZZ")).isNull();
        assertThat(Countries.orNull("ZZZ")).isNull();
        assertThat(Countries.orNull("China")).isNull();
        assertThat(Countries.orNull(null)).isNull();
        assertThat(Countries.tryParse("deu")).hasValue(CountryCode.of("DE"));
    }

    @Test
    void aStatusCodeIsFoundAsDocumentedOrFoldedAndNeverWhenBlank() {
        StatusTable table = StatusTable.of("acme", Map.of("InTransit_PickedUp", StatusMapping.of(EventCode.PICKED_UP)));

        assertThat(table.map("InTransit_PickedUp", "1").code()).isEqualTo(EventCode.PICKED_UP);
        assertThat(table.map(" intransit_pickedup ", "1").code()).isEqualTo(EventCode.PICKED_UP);
        assertThat(table.find("  ")).isEmpty();
        assertThat(table.find(null)).isEmpty();
        assertThat(table.map("InTransit_Other", "1").code()).isEqualTo(EventCode.UNKNOWN);
    }

    @Test
    void aCountryGivesAnOffsetOnlyWhereAllItsZonesAgreeOutsideGapsAndOverlaps() {
        CountryCode france = CountryCode.of("FR");

        assertThat(Zones.offsetIn(france, LocalDateTime.parse("2026-11-10T12:00"))).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(Zones.offsetIn(france, LocalDateTime.parse("2026-07-10T12:00"))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(Zones.offsetIn(france, LocalDateTime.parse("2026-03-29T02:30"))).as("spring gap").isNull();
        assertThat(Zones.offsetIn(france, LocalDateTime.parse("2026-10-25T02:30"))).as("autumn overlap").isNull();
        assertThat(Zones.offsetIn(CountryCode.of("US"), LocalDateTime.parse("2026-11-10T12:00"))).isNull();
        assertThat(Zones.offsetIn(CountryCode.of("CN"), LocalDateTime.parse("2026-11-10T12:00")))
                .isEqualTo(ZoneOffset.ofHours(8));
    }
}
