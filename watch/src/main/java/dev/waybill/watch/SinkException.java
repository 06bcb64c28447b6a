package dev.waybill.watch;

/**
 * A {@link NoticeSink} could not deliver a notice; it stays unsent in the outbox and is delivered
 * again, with the same id, at the next tick. The message is one line naming the notice and the sink
 * (never a secret of its address).
 */
public class SinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its one-line reason and its cause, which may be null. */
    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
