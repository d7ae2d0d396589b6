package dev.saring.io;

/** Thrown by a fail-fast {@link InputErrorHandler}: carries the input error that stopped the run. */
public final class InputException extends RuntimeException {

    private final transient InputError error;

    public InputException(InputError error) {
        super(error.toString());
        this.error = error;
    }

    public InputError error() {
        return error;
    }
}
