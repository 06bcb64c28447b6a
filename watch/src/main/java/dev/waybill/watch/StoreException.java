package dev.waybill.watch;

/**
 * The store cannot be opened, migrated, read or written. The message is one line naming the store
 * (never its password) and what went wrong; the store is left as it was.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its one-line reason and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
