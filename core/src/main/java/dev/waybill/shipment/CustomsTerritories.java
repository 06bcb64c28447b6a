package dev.waybill.shipment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The customs territories a parcel can cross a border inside without a customs declaration: the EU
 * with Monaco, Switzerland with Liechtenstein, the Eurasian Economic Union, the United States with
 * Puerto Rico. Special fiscal territories inside them (Åland, the French overseas departments) still
 * need a declaration. The data and the source of each row are in the resource
 * {@code customs-territories.tsv} beside this class.
 */
final class CustomsTerritories {

    /** Each member country's territory name. */
    private static final Map<String, String> TERRITORY;
    /** Countries that need a declaration even inside their territory. */
    private static final Set<String> DECLARED;

    static {
        Map<String, String> territory = new HashMap<>();
        Set<String> declared = new HashSet<>();
        String resource = "customs-territories.tsv";
        try (InputStream in = CustomsTerritories.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing next to "
                        + CustomsTerritories.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 4 || parts[3].isBlank()) {
                    throw new IllegalStateException(resource + " line " + number
                            + ": expected kind, name, members and source separated by tabs");
                }
                for (String member : parts[2].trim().split(" +")) {
                    String code = CountryCode.parse(member).value();
                    switch (parts[0]) {
                        case "union" -> territory.put(code, parts[1]);
                        case "declaration" -> declared.add(code);
                        default -> throw new IllegalStateException(resource + " line " + number
                                + ": kind must be 'union' or 'declaration', not '" + parts[0] + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TERRITORY = Map.copyOf(territory);
        DECLARED = Set.copyOf(declared);
    }

    private CustomsTerritories() {
    }

    /** True when a parcel from {@code origin} to {@code destination} is declared to customs on its way. */
    static boolean crossesCustoms(CountryCode origin, CountryCode destination) {
        if (origin.equals(destination)) {
            return false;
        }
        if (DECLARED.contains(origin.value()) || DECLARED.contains(destination.value())) {
            return true;
        }
        String from = TERRITORY.get(origin.value());
        return from == null || !from.equals(TERRITORY.get(destination.value()));
    }
}
