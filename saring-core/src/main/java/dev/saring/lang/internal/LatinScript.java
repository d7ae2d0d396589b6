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

    /**
     * {@code text} with its words that hold a Latin letter blanked out (each becomes one space): the names,
     * addresses, e-mail and code that a Cyrillic, Greek or Han page carries in Latin letters. Given whole to
     * Lingua, they make it pick a Latin-script language for text that is mostly in another script.
     */
    public static String withoutLatinWords(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            boolean latin = false;
            while (end < n) {
                int c = text.codePointAt(end);
                if (Character.isWhitespace(c)) break;
                latin |= Character.isLetter(c) && (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
                end += Character.charCount(c);
            }
            if (latin) out.append(' ');
            else out.append(text, i, end);
            i = end;
        }
        return out.toString();
    }
}
