package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time zones of each country, from the IANA tz database's {@code zone.tab} (resource
 * {@code country-zones.tsv}). A local time is resolved in a country only where every one of its
 * zones gives that moment the same single offset; otherwise the country does not determine it.
 */
final class Zones {

    private static final Map<String, List<ZoneRules>> BY_COUNTRY = new HashMap<>();
    /** The zone of each country that has exactly one. */
    private static final Map<String, ZoneId> SINGLE = new HashMap<>();

    static {
        load();
    }

    private Zones() {
    }

    private static void load() {
        try (InputStream in = Zones.class.getResourceAsStream("country-zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource country-zones.tsv missing next to " + Zones.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                List<ZoneRules> zones = new ArrayList<>();
                List<ZoneId> ids = new ArrayList<>();
                for (String id : parts[1].split(",")) {
                    try {
                        ZoneId zone = ZoneId.of(id.strip());
                        ids.add(zone);
                        zones.add(zone.getRules());
                    } catch (DateTimeException unknownToThisJdk) {
                        // a zone newer than the JDK's tzdb; the country's other zones still count
                    }
                }
                BY_COUNTRY.put(parts[0], List.copyOf(zones));
                if (ids.size() == 1) {
                    SINGLE.put(parts[0], ids.get(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zone of {@code country} where it has exactly one; null where it has several or none known. */
    static ZoneId single(CountryCode country) {
        return SINGLE.get(country.value());
    }

    /**
     * The offset {@code zone} gives {@code local}; null where {@code local} falls in a gap or an
     * overlap of it.
     */
    static ZoneOffset offsetIn(ZoneId zone, LocalDateTime local) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return offsets.size() == 1 ? offsets.get(0) : null;
    }

    /**
     * The offset {@code country} gives {@code local}, where all its zones agree on one; null where
     * they do not, or where {@code local} falls in a gap or an overlap of one of them.
     */
    static ZoneOffset offsetIn(CountryCode country, LocalDateTime local) {
        List<ZoneRules> zones = BY_COUNTRY.get(country.value());
        if (zones == null || zones.isEmpty()) {
            return null;
        }
        ZoneOffset agreed = null;
        for (ZoneRules zone : zones) {
            if (zone.getTransition(local) != null) {
                return null;
            }
            ZoneOffset offset = zone.getOffset(local);
            if (agreed != null && !agreed.equals(offset)) {
                return null;
            }
            agreed = offset;
        }
        return agreed;
    }
}
