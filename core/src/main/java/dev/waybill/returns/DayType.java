package dev.waybill.returns;

/** How the days of a withdrawal period are counted. */
public enum DayType {
    /** Every day counts (EU, UK, Turkey, China, Brazil ...). */
    CALENDAR,
    /** Only working days count: not the rule's rest days, not public holidays (Mexico). */
    BUSINESS
}
