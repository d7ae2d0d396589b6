package dev.saring.lang;

/** The fixtures of this package, for the tests of {@code dev.saring.lang.internal}. */
public final class FixturesAccess {

    public static final String INDONESIAN = Fixtures.INDONESIAN;
    public static final String MALAY = Fixtures.MALAY;
    public static final String ENGLISH = Fixtures.ENGLISH;

    private FixturesAccess() {
    }
}
