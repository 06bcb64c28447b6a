package dev.waybill.delay;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A recurring busy period that slows some stages of some lanes by an expected number of days:
 * Black Friday to Cyber Monday, the December run, 11.11, Chinese New Year, Ramadan.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name         a readable name, used in verdict explanations
 * @param window       when it falls each year
 * @param origins      the origin places it affects; empty for any
 * @param destinations the destination places it affects; empty for any
 * @param stages       the stages it slows
 * @param extraDays    expected extra days for a parcel in one of those stages during the period
 * @param basis        published fact or a default
 * @param source       where the dates and the extra days come from
 */
public record PeakSeason(String name, PeakWindow window, List<Place> origins, List<Place> destinations,
                         Set<Stage> stages, int extraDays, Basis basis, String source) {

    /** Validates the parts and copies the collections. */
    public PeakSeason {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        origins = List.copyOf(origins);
        destinations = List.copyOf(destinations);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(name + ": no stages");
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
        if (extraDays < 0) {
            throw new IllegalArgumentException(name + ": extraDays is negative");
        }
    }

    /** True when the season affects {@code lane}. */
    public boolean appliesTo(Lane lane) {
        return covers(origins, lane.origin()) && covers(destinations, lane.destination());
    }

    /** True when {@code places} is empty (anywhere) or one of them holds {@code country}. */
    private static boolean covers(List<Place> places, CountryCode country) {
        if (places.isEmpty()) {
            return true;
        }
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).contains(country)) {
                return true;
            }
        }
        return false;
    }

    /** The season's date ranges that overlap {@code from..to}. */
    public List<DateRange> occurrences(LocalDate from, LocalDate to) {
        return new ArrayList<>(occurrences(from, to, window::occurrences));
    }

    /**
     * The same, with the ranges of one year given by {@code byYear} (a cache of {@link PeakWindow#occurrences});
     * unmodifiable when empty.
     */
    List<DateRange> occurrences(LocalDate from, LocalDate to, IntFunction<List<DateRange>> byYear) {
        DateRange span = DateRange.of(from, to);
        List<DateRange> found = List.of();
        for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
            List<DateRange> ranges = byYear.apply(year);
            for (int i = 0; i < ranges.size(); i++) {
                DateRange range = ranges.get(i);
                if (range.overlaps(span) && !found.contains(range)) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>(2);
                    }
                    found.add(range);
                }
            }
        }
        return found;
    }
}
