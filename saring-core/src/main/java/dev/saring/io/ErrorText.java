package dev.saring.io;

/** Short, single-line messages for {@link InputError}s, whatever the exception put in its own. */
final class ErrorText {

    /** Longest message kept: enough to recognise the problem, never a dump of the bad input. */
    static final int MAX_CHARS = 200;

    private ErrorText() {
    }

    /** The exception's message (or its type when it has none), on one line and at most {@link #MAX_CHARS}. */
    static String of(Throwable e) {
        String m = e.getMessage();
        return trim(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    static String trim(String s) {
        String one = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return one.length() <= MAX_CHARS ? one : one.substring(0, MAX_CHARS - 1) + "…";
    }
}
