package dev.saring.io;

/**
 * Receives recoverable input problems. Readers report and go on; a handler that throws
 * {@link InputException} stops the read (fail-fast).
 */
@FunctionalInterface
public interface InputErrorHandler {

    void onError(InputError error);

    /** A handler that stops at the first error. */
    static InputErrorHandler failFast() {
        return e -> {
            throw new InputException(e);
        };
    }
}
