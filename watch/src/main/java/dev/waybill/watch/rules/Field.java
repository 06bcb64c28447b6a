package dev.waybill.watch.rules;

/** What a {@link Transition} changed: a field of the verdict, the ETA by whole days. */
public enum Field {
    STATUS, STAGE, EXCEPTION, CAUSE, ETA
}
