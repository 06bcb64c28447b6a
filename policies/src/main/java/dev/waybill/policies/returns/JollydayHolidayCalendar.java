package dev.waybill.policies.returns;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.waybill.returns.HolidayCalendar;
import dev.waybill.shipment.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays from the Jollyday library (de.focus-shift), which keeps the holiday rules of
 * some 200 countries as data. Only holidays Jollyday types as {@code PUBLIC_HOLIDAY} count;
 * observances do not. A holiday moved to a substitute day (a UK bank holiday on a Saturday moves
 * to the Monday) counts on both days.
 *
 * <p>National holidays by default. A country whose holidays differ by region can be pinned to one:
 * the {@link #defaults()} calendar reads the United Kingdom as England and Wales ({@code GB ->
 * "eng"}), whose bank holidays apply there; a shop whose buyers sit in Scotland uses
 * {@code builder().region(CountryCode.of("GB"), "sct")}. Jollyday has no data for some markets
 * (KR, CN, MY, TH, ID): {@link #covers(CountryCode)} answers false for them.
 *
 * <p>Immutable and thread-safe; each country's year is computed once and kept.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {

    private static final Set<String> SUPPORTED = Set.copyOf(HolidayManager.getSupportedCalendarCodes());

    private final Map<CountryCode, String> regions;
    private final Map<CountryCode, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    private final Map<CountryYear, Set<LocalDate>> years = new ConcurrentHashMap<>();

    private record CountryYear(CountryCode country, int year) {
    }

    private JollydayHolidayCalendar(Map<CountryCode, String> regions) {
        this.regions = Map.copyOf(regions);
    }

    /** National holidays everywhere, and the bank holidays of England and Wales for GB. */
    public static JollydayHolidayCalendar defaults() {
        return builder().region(CountryCode.of("GB"), "eng").build();
    }

    /** A builder with no regions pinned: national holidays everywhere. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean isPublicHoliday(CountryCode country, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return manager(country).isPresent()
                && years.computeIfAbsent(new CountryYear(country, date.getYear()), this::holidays).contains(date);
    }

    @Override
    public boolean covers(CountryCode country) {
        return manager(country).isPresent();
    }

    private Optional<HolidayManager> manager(CountryCode country) {
        Objects.requireNonNull(country, "country");
        return managers.computeIfAbsent(country, c -> SUPPORTED.contains(c.value())
                ? Optional.of(HolidayManager.getInstance(ManagerParameters.create(c.value().toLowerCase(Locale.ROOT))))
                : Optional.empty());
    }

    private Set<LocalDate> holidays(CountryYear key) {
        HolidayManager manager = manager(key.country()).orElseThrow();
        String region = regions.get(key.country());
        String[] path = region == null ? new String[0] : new String[] {region};
        Set<LocalDate> dates = new HashSet<>();
        for (Holiday holiday : manager.getHolidays(Year.of(key.year()), HolidayType.PUBLIC_HOLIDAY, path)) {
            dates.add(holiday.getDate());
            dates.add(holiday.getActualDate());
        }
        return Set.copyOf(dates);
    }

    @Override
    public String toString() {
        return "JollydayHolidayCalendar" + (regions.isEmpty() ? "" : regions);
    }

    /** Builds a {@link JollydayHolidayCalendar}. Not thread-safe. */
    public static final class Builder {
        private final Map<CountryCode, String> regions = new HashMap<>();

        private Builder() {
        }

        /**
         * Reads {@code country}'s holidays for one of its regions, by Jollyday's region code
         * ({@code "eng"}, {@code "sct"}, {@code "nir"} for GB; {@code "by"} for Bavaria ...).
         *
         * @throws IllegalArgumentException if Jollyday has no calendar for {@code country} or no such region
         */
        public Builder region(CountryCode country, String region) {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(region, "region");
            if (!SUPPORTED.contains(country.value())) {
                throw new IllegalArgumentException("no holiday calendar for " + country);
            }
            Set<String> known = HolidayManager.getInstance(ManagerParameters.create(country.value().toLowerCase(Locale.ROOT)))
                    .getCalendarHierarchy().getChildren().keySet();
            if (!known.contains(region)) {
                throw new IllegalArgumentException("no region '" + region + "' in " + country + "'s holiday calendar; "
                        + "known: " + new java.util.TreeSet<>(known));
            }
            regions.put(country, region);
            return this;
        }

        /** The calendar. */
        public JollydayHolidayCalendar build() {
            return new JollydayHolidayCalendar(regions);
        }
    }
}
