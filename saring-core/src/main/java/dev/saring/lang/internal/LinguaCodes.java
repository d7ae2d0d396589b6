package dev.saring.lang.internal;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Maps ISO 639-1 codes to Lingua's {@link Language} and back, with errors that list what is known. */
public final class LinguaCodes {

    private static final SortedSet<String> ALL = codesOf(Language.all());

    private LinguaCodes() {
    }

    /** Every code Lingua knows, sorted. */
    public static SortedSet<String> all() {
        return Collections.unmodifiableSortedSet(ALL);
    }

    public static String code(Language language) {
        return language.getIsoCode639_1().toString();
    }

    /** The language of a lower-case ISO 639-1 code; throws naming the code and the known ones. */
    public static Language language(String code) {
        if (!ALL.contains(code)) {
            throw new IllegalArgumentException("unknown language code '" + code + "': known are " + String.join(",", ALL));
        }
        return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    /** The languages of these codes; all languages when {@code codes} is empty. */
    public static EnumSet<Language> languages(Collection<String> codes) {
        var out = EnumSet.noneOf(Language.class);
        if (codes.isEmpty()) {
            out.addAll(Language.all());
        } else {
            for (String c : codes) out.add(language(c));
        }
        return out;
    }

    public static SortedSet<String> codesOf(Collection<Language> languages) {
        var out = new TreeSet<String>();
        for (Language l : languages) out.add(code(l));
        return out;
    }

    /** Throws unless every code is known. */
    public static void check(Set<String> codes) {
        for (String c : codes) language(c);
    }
}
