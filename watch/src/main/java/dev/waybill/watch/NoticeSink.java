package dev.waybill.watch;

/**
 * Where notices go once decided and recorded: stdout for the command, a callback in a shop's
 * backend. Each notice arrives at least once; the same notice delivered again has the same
 * {@link StoredNotice#id()}, so the receiving side drops repeats by id.
 */
@FunctionalInterface
public interface NoticeSink {

    /**
     * Takes one notice. Returning normally means it was delivered; throwing leaves it unsent, to be
     * delivered again (same id) at the next tick.
     */
    void accept(StoredNotice notice);
}
