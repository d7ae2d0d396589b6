package dev.saring.clean;

/**
 * What one line looks like, measured in one pass over its characters and tokens: how many words, how they
 * are capitalised, whether it ends like a sentence, whether it is a bullet, a bare separator, a link-like
 * label, and which furniture phrase it is or starts with. The line cleaner's rules read these numbers only.
 */
final class LineShape {

    /** Phrase kinds that make a whole line furniture. */
    static final int FURNITURE_KINDS = PhraseKind.SECTION.bit() | PhraseKind.COMMENTS.bit() | PhraseKind.SHARE.bit()
            | PhraseKind.NAV.bit() | PhraseKind.MARKER.bit() | PhraseKind.LEGAL.bit() | PhraseKind.RELATED.bit()
            | PhraseKind.PROMO.bit() | PhraseKind.CREDITS.bit();
    /** Phrase kinds of whole lines found on pages but not in extracted text: menus, share buttons, labels. */
    static final int PIECE_KINDS = PhraseKind.RELATED.bit() | PhraseKind.PROMO.bit() | PhraseKind.MARKER.bit()
            | PhraseKind.CREDITS.bit();
    static final int PAGE_KINDS = PhraseKind.SECTION.bit() | PhraseKind.COMMENTS.bit() | PhraseKind.SHARE.bit()
            | PhraseKind.NAV.bit() | PhraseKind.LEGAL.bit();

    private static final int MAX_DATE_WORDS = 12;
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final int MIN_SHORT_SENTENCE_WORDS = 4;
    private static final int MIN_PROSE_WORDS = 12;
    private static final int MIN_FUNCTION_WORDS = 2;
    private static final double MIN_PROSE_LOWER_SHARE = 0.5;
    static final double MIN_SENTENCE_LOWER_SHARE = 0.3;
    private static final int MIN_CJK_SENTENCE_CHARS = 12;
    private static final int MIN_CJK_PROSE_CHARS = 40;
    static final int MAX_LEGAL_WORDS = 30;
    static final int MAX_HEADLINE_WORDS = 25;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final double MIN_HEADLINE_TITLE_CASE = 0.7;
    static final int MAX_LABEL_WORDS = 5;
    private static final int MAX_LIST_ITEM_WORDS = 16;
    private static final int MAX_COMMENTER_WORDS = 6;
    private static final String ELLIPSIS = "...";
    private static final int MIN_EMBED_SIGNATURE_CHARS = 12;


    /** Trimmed bounds of the line's text. */
    int from;
    int to;
    boolean blank;
    /** No token at all: only punctuation such as {@code -} or {@code |}. */
    boolean punctuationOnly;
    int tokens;
    /** Tokens of scripts without spaces (one per character). */
    int singleCharTokens;
    /** Words: tokens, with two characters of a script without spaces counting as one word. */
    int words;
    int upperFirst;
    int lowerFirst;
    int digitFirst;
    int allCaps;
    /** Lowercase tokens that are {@link PhraseKind#MINOR} words (stay lowercase in title case). */
    int minorLower;
    /** Tokens that are numbers or {@link PhraseKind#DATE} words. */
    int dateTokens;
    /** Tokens that are {@link PhraseKind#DATE} words. */
    int dateWords;
    /** Punctuation inside the line that structures content: , ; : ( ) and dashes between words. */
    int innerPunctuation;
    int commas;
    int letters;
    int upperLetters;
    int digits;
    /** Ends in sentence punctuation (closing quotes and brackets skipped). */
    boolean terminal;
    boolean endsWithColon;
    /** Ends in an ellipsis: a headline or teaser cut short. */
    boolean truncated;
    /** Sentence ends inside the line followed by a new sentence. */
    int innerSentenceEnds;
    boolean bullet;
    boolean hasCopyright;
    boolean urlLike;
    /** Separators between link-like items: {@code |}, {@code /}, {@code ·}, {@code •} surrounded by spaces. */
    int itemSeparators;
    /** Kinds (bit mask of {@link PhraseKind}) of phrases that are the whole line. */
    int wholeKinds;
    /** Kind ordinal of the phrase that starts the line, or -1; its end token in {@link #prefixEnd}. */
    int prefixKind = -1;
    int prefixEnd;
    boolean legal;
    /** Some token may start an inline piece (marker, related link, promotion, credits), or agency initials may end the line. */
    boolean mayHavePiece;
    /** The last token is a verb of saying ("says", "wrote"): with a colon after it, a comment's header. */
    boolean endsWithSays;
    /** The signature of an embedded post: "— Name (@handle) November 18, 2019" under a quoted tweet. */
    boolean embedSignature;

    /** The shape of {@code line}, with {@code tokens} as scratch space (left holding the line's tokens). */
    static LineShape of(String line, Tokens tok, PhraseTable phrases) {
        var s = new LineShape();
        int a = 0;
        int b = line.length();
        while (a < b && PlainWords.isSpace(line.charAt(a))) a++;
        while (b > a && PlainWords.isSpace(line.charAt(b - 1))) b--;
        s.from = a;
        s.to = b;
        s.blank = a == b;
        tok.scan(line, a, b);
        if (s.blank) return s;
        s.tokens = tok.count;
        s.punctuationOnly = tok.count == 0;
        boolean legalStart = false;
        for (int i = 0; i < tok.count; i++) {
            int f = tok.flags[i];
            // one trie lookup per token tells all this token can be: a date word, a minor word, a phrase's start
            int node = phrases.firstNode(tok.hash[i]);
            int starts = phrases.startKinds(node);
            if ((starts & PIECE_KINDS) != 0) s.mayHavePiece = true;
            if ((starts & PhraseKind.LEGAL.bit()) != 0) legalStart = true;
            if ((f & Tokens.SINGLE_CHAR_SCRIPT) != 0) {
                s.singleCharTokens++;
                continue;
            }
            int ends = phrases.endKinds(node);
            boolean dateWord = (ends & PhraseKind.DATE.bit()) != 0 && (f & Tokens.DIGIT_FIRST) == 0;
            if (dateWord) s.dateWords++;
            if ((f & Tokens.DIGIT_FIRST) != 0 || dateWord) s.dateTokens++;
            if ((f & Tokens.UPPER_FIRST) != 0) s.upperFirst++;
            else if ((f & Tokens.LOWER_FIRST) != 0) {
                s.lowerFirst++;
                if ((ends & PhraseKind.MINOR.bit()) != 0) s.minorLower++;
            } else if ((f & Tokens.DIGIT_FIRST) != 0) s.digitFirst++;
            if ((f & Tokens.ALL_UPPER) != 0 && tok.length(i) > 1) s.allCaps++;
        }
        s.words = tok.count - s.singleCharTokens + (s.singleCharTokens + 1) / 2;
        scanChars(s, line, a, b);
        s.bullet = isBullet(line, a, b);
        if (line.indexOf('/', a) >= 0) s.mayHavePiece = true;
        s.urlLike = line.indexOf("://", a) >= 0 || line.startsWith("www.", a);
        s.embedSignature = isEmbedSignature(line, a, b);
        if (tok.count > 0) {
            int lead = 0;
            while (lead < tok.count - 1 && tok.has(lead, Tokens.DIGIT_FIRST)) lead++;
            s.wholeKinds = phrases.wholeKinds(tok, 0, tok.count) | phrases.wholeKinds(tok, 0, trimCounts(tok))
                    | phrases.wholeKinds(tok, lead, tok.count);
            int[] m = {0, 0};
            int prefixMask = PhraseKind.RELATED.bit() | PhraseKind.PROMO.bit() | PhraseKind.CREDITS.bit()
                    | PhraseKind.MARKER.bit() | PhraseKind.SECTION.bit() | PhraseKind.COMMENTS.bit();
            if (phrases.matchAt(tok, 0, prefixMask, false, m)) {
                s.prefixKind = m[1];
                s.prefixEnd = m[0];
            }
            s.endsWithSays = phrases.isWord(tok.hash[tok.count - 1], PhraseKind.SAYS);
            s.legal = s.hasCopyright || legalStart && s.words <= MAX_LEGAL_WORDS && containsKind(tok, phrases, PhraseKind.LEGAL);
        }
        return s;
    }

    /** A dash, a name, "(@handle)" and a date ending in a year: how an embedded tweet signs off. */
    private static boolean isEmbedSignature(String line, int a, int b) {
        if (b - a < MIN_EMBED_SIGNATURE_CHARS || "\u2014\u2013-".indexOf(line.charAt(a)) < 0) return false;
        int handle = line.indexOf("(@", a);
        if (handle < 0 || line.indexOf(')', handle) < 0) return false;
        for (int i = b - 4; i < b; i++) {
            if (!Character.isDigit(line.charAt(i))) return false;   // "..., 2019"
        }
        return true;
    }

    /** Token count without trailing number tokens: "Comments (42)" is the phrase "comments". */
    private static int trimCounts(Tokens tok) {
        int n = tok.count;
        while (n > 1 && tok.has(n - 1, Tokens.DIGIT_FIRST)) n--;
        return n;
    }

    private static boolean containsKind(Tokens tok, PhraseTable phrases, PhraseKind kind) {
        int[] m = {0, 0};
        for (int i = 0; i < tok.count; i++) {
            if (phrases.matchAt(tok, i, kind.bit(), false, m)) return true;
        }
        return false;
    }

    private static void scanChars(LineShape s, String line, int a, int b) {
        for (int i = a; i < b; ) {
            int cp = line.charAt(i);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z') {
                    s.letters++;
                    i++;
                    continue;
                }
                if (cp >= 'A' && cp <= 'Z') {
                    s.letters++;
                    s.upperLetters++;
                    i++;
                    continue;
                }
                if (cp >= '0' && cp <= '9') {
                    s.digits++;
                    i++;
                    continue;
                }
                if (cp == ' ') {
                    i++;
                    continue;
                }
            } else {
                cp = line.codePointAt(i);
            }
            if (Character.isLetter(cp)) {
                s.letters++;
                if (Character.isUpperCase(cp)) s.upperLetters++;
            } else if (Character.isDigit(cp)) {
                s.digits++;
            } else if (cp == '©' || cp == 'ⓒ') {
                s.hasCopyright = true;
            } else if (isSentenceEnd(cp) && i + 1 < b) {
                if (startsSentenceAfter(line, i + Character.charCount(cp), b)) s.innerSentenceEnds++;
            } else if (cp == ',' || cp == '，' || cp == '、' || cp == ';' || cp == ':' || cp == '(' || cp == '[' || cp == '–' || cp == '—') {
                if (i > a && i + 1 < b) s.innerPunctuation++;
                if (cp == ',' || cp == '，' || cp == '、') s.commas++;
            } else if ((cp == '|' || cp == '/' || cp == '·' || cp == '•') && i > a && i + 1 < b
                    && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
                s.itemSeparators++;
            }
            i += Character.charCount(cp);
        }
        int e = b;
        while (e > a && isClosing(line.charAt(e - 1))) e--;
        if (e > a) {
            char last = line.charAt(e - 1);
            s.terminal = isSentenceEnd(last);
            s.endsWithColon = last == ':' || last == '：';
            s.truncated = last == '…' || e - a >= ELLIPSIS.length() && line.startsWith(ELLIPSIS, e - ELLIPSIS.length());
        }
    }

    /** After a sentence end at {@code i}: spaces (or none, in CJK), then a capital, digit, quote or CJK. */
    private static boolean startsSentenceAfter(String line, int i, int b) {
        int j = i;
        while (j < b && isClosing(line.charAt(j))) j++;
        int spaces = j;
        while (j < b && line.charAt(j) == ' ') j++;
        if (j >= b) return false;
        int cp = line.codePointAt(j);
        if (Tokens.isSingleCharScript(cp)) return true;
        if (j == spaces) return false;
        return Character.isUpperCase(cp) || Character.isDigit(cp) || isOpening(cp);
    }

    static boolean isSentenceEnd(int c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।';
    }

    static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '」'
                || c == '』' || c == '）' || c == '*' || c == '“';
    }

    static boolean isOpening(int c) {
        return c == '"' || c == '“' || c == '«' || c == '„' || c == '(' || c == '\'' || c == '‘' || c == '「' || c == '—' || c == '–';
    }

    private static boolean isBullet(String line, int a, int b) {
        char c = line.charAt(a);
        if ("-•*·▪►»–—◦●■→✓✔".indexOf(c) >= 0) return b == a + 1 || line.charAt(a + 1) == ' ';
        int i = a;
        while (i < b && i - a < 3 && Character.isDigit(line.charAt(i))) i++;
        return i > a && i + 1 < b && (line.charAt(i) == '.' || line.charAt(i) == ')') && line.charAt(i + 1) == ' ';
    }

    /** Share of cased words that start with a capital, not counting minor words: 1 for a title-case headline. */
    double titleCase() {
        int cased = upperFirst + lowerFirst - minorLower;
        return cased <= 0 ? 0 : (double) upperFirst / cased;
    }

    /** Share of words starting lowercase: high for running prose in cased scripts. */
    double lowerShare() {
        int cased = upperFirst + lowerFirst;
        return cased == 0 ? 0 : (double) lowerFirst / cased;
    }

    /** A date, time or timestamp line: mostly numbers and date words ("Tuesday November 19, 2019", "32M ago"). */
    boolean isDateLike() {
        return digitFirst > 0 && words <= MAX_DATE_WORDS && dateTokens * 2 >= tokens;
    }

    /**
     * A comment's header: a short line ending in a colon, with a date ("Alex on May 3, 2018 at 6:34 am
     * said:") or a verb of saying last ("lonespeed says:").
     */
    boolean isCommentHeader() {
        if (!endsWithColon) return false;
        return words <= MAX_DATE_WORDS + 4 && dateWords > 0 && digitFirst > 0 || words <= MAX_COMMENTER_WORDS && endsWithSays;
    }

    /** Running text: a sentence, or a long run of lowercase words with punctuation or function words. */
    boolean isProse() {
        if (blank) return false;
        if (singleCharTokens * 2 > tokens) {
            return terminal ? singleCharTokens >= MIN_CJK_SENTENCE_CHARS : singleCharTokens >= MIN_CJK_PROSE_CHARS;
        }
        boolean cased = (upperFirst + lowerFirst) * 2 >= words;
        if (!cased) return words >= (terminal ? MIN_SENTENCE_WORDS : MIN_PROSE_WORDS);
        double lower = lowerShare();
        if (terminal && words >= MIN_SENTENCE_WORDS && lower >= MIN_SENTENCE_LOWER_SHARE) return true;
        if (innerSentenceEnds > 0 && words >= MIN_PROSE_WORDS) return true;
        // a long run of lowercase words with neither punctuation nor function words is a tag cloud
        return words >= MIN_PROSE_WORDS && lower >= MIN_PROSE_LOWER_SHARE
                && (innerPunctuation > 0 || minorLower >= MIN_FUNCTION_WORDS);
    }

    /** A sentence even if short: ends like a sentence, several words, not furniture. */
    boolean isSentence() {
        if (blank || isFurniture() || legal || prefixKind >= 0 || isDateLike()) return false;
        if (isProse()) return true;
        return terminal && words >= MIN_SHORT_SENTENCE_WORDS && lowerShare() >= MIN_SENTENCE_LOWER_SHARE;
    }

    /** A headline: a few words, no sentence punctuation at the end (a question may end one), mostly capitalised. */
    boolean isHeadline() {
        if (blank || punctuationOnly || words > MAX_HEADLINE_WORDS || words < MIN_HEADLINE_WORDS) return false;
        if (innerSentenceEnds > 0) return false;
        if (singleCharTokens * 2 > tokens) return !terminal;
        return titleCase() >= MIN_HEADLINE_TITLE_CASE && (!terminal || lowerShare() < MIN_SENTENCE_LOWER_SHARE);
    }

    /**
     * Shaped like the text of a link: a few words that do not end like a sentence. Under a section label these
     * are headlines even in sentence case ("Hong Kong protests: students under siege in university").
     */
    boolean isLinkLike() {
        return !blank && !punctuationOnly && (!terminal || truncated) && words >= MIN_HEADLINE_WORDS
                && words <= MAX_HEADLINE_WORDS && innerSentenceEnds == 0;
    }

    /** The whole line is a furniture phrase: a share button, a menu item, a section label, a marker. */
    boolean isFurniture() {
        return (wholeKinds & FURNITURE_KINDS) != 0;
    }

    /** A short legal line: copyright, "All rights reserved", privacy policy. */
    boolean isLegal() {
        return legal && words <= MAX_LEGAL_WORDS;
    }

    /** A related link or promotion: a line that starts with such a phrase and is no longer than a headline. */
    boolean isRelatedLine() {
        return (startsWith(PhraseKind.RELATED) || startsWith(PhraseKind.PROMO)) && words <= MAX_HEADLINE_WORDS
                && innerSentenceEnds == 0;
    }

    /** Furniture that sits inside articles without ending them: a marker, a promotion, a related link. */
    boolean isInlineFurniture() {
        return isKind(PhraseKind.MARKER) || startsWith(PhraseKind.MARKER) || isRelatedLine();
    }

    /** A line that says the article is over (or not begun): share buttons, menus, section labels, legal lines, comments. */
    boolean isBoundary() {
        if (blank) return false;
        if (isKind(PhraseKind.SHARE) || isKind(PhraseKind.SECTION) || isKind(PhraseKind.COMMENTS) || isKind(PhraseKind.NAV)
                || isCommentHeader()) {
            return true;
        }
        return isLegal() || isRelatedLine();
    }

    /** A line typical of a page around an article rather than of extracted text: labels, dates, menus. */
    boolean isPageFurniture() {
        return punctuationOnly || words <= MAX_LABEL_WORDS - 2 || isDateLike() || (wholeKinds & PAGE_KINDS) != 0 || isLegal();
    }

    /** Introduces a list: "Berikut jajaran kabinet:", "Tour dates:". */
    boolean isListIntroducer() {
        return endsWithColon && words >= MIN_SHORT_SENTENCE_WORDS && !isFurniture() && prefixKind < 0
                && !isCommentHeader() && !isDateLike();
    }

    /** An item or sub-heading of a list: a bullet, or a short line that is not furniture. */
    boolean isListLine() {
        if (punctuationOnly || isFurniture() || prefixKind >= 0) return false;
        return bullet || (words <= MAX_LIST_ITEM_WORDS && !isCommentHeader());
    }

    /** A label that opens a list of headlines: a section phrase, or a short related-link phrase ("Baca juga:"). */
    boolean isListLabel() {
        return isKind(PhraseKind.SECTION) || isKind(PhraseKind.RELATED) && words <= MAX_LABEL_WORDS
                || startsWith(PhraseKind.SECTION) && words <= MAX_LABEL_WORDS && !terminal;
    }

    boolean isKind(PhraseKind k) {
        return (wholeKinds & k.bit()) != 0;
    }

    boolean startsWith(PhraseKind k) {
        return prefixKind == k.ordinal();
    }

    int length() {
        return to - from;
    }

    @Override
    public String toString() {
        return "LineShape[words=" + words + ", terminal=" + terminal + ", titleCase=" + titleCase() + "]";
    }
}
