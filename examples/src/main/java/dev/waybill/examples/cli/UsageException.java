package dev.waybill.examples.cli;

/** A usage error: bad flags, a missing argument, an unreadable file. Exits with status 1. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
