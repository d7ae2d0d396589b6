package dev.saring.lang.internal;

import java.util.List;

/** Whether a text is written mostly in the Latin script: the texts the n-gram scorers here can judge. */
public final class LatinScript {

    private LatinScript() {
    }

    /** More letters of these texts are Latin than not (ASCII letters are Latin: no table lookup for them). */
    public static boolean isMostlyLatin(List<? extends CharSequence> texts) {
        int latin = 0;
        int other = 0;
        for (CharSequence s : texts) {
            for (int i = 0; i < s.length(); ) {
                int cp = Character.codePointAt(s, i);
                i += Character.charCount(cp);
                if (!Character.isLetter(cp)) continue;
                if (cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++;
                else other++;
            }
        }
        return latin > other;
    }
}
