package dev.saring.pipeline;

import java.io.IOException;

/** The output folder of a run cannot be used as asked: the message says why and what to do. */
public final class OutputFolderException extends IOException {
    public OutputFolderException(String message) {
        super(message);
    }
}
