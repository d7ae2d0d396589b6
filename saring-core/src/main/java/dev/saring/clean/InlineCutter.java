package dev.saring.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds furniture inside one line: markers ("ADVERTISEMENT", "[Gambas:Video CNN]"), related-link and
 * promotion pieces ("Baca juga: Harga Cabai Naik Lagi"), and credits ("Editor: Hani Anggraini",
 * "gtp/pkp (Reuters, AFP)"), so that they can be cut out and the sentences around them kept.
 *
 * <p>Where an inline headline ends is read from its shape: a headline is a run of capitalised words (minor
 * words such as "di", "of" may stay lowercase, numbers and glued domains count as capitalised); the first
 * lowercase word shows that the next sentence has begun, and that sentence's subject is the last
 * capitalised word before it, unless the run shows better evidence: an opening quote, a capitalised minor
 * word ("Di lain sisi"), or words that repeat the headline ("… Pemain Baru Adam Przybek datang").
 */
final class InlineCutter {

    /** A piece of a line to cut: char offsets {@code [start, end)} and the kind of phrase that opened it. */
    record Cut(int start, int end, PhraseKind kind) {
    }

    private static final int PIECE_MASK = PhraseKind.RELATED.bit() | PhraseKind.PROMO.bit() | PhraseKind.MARKER.bit()
            | PhraseKind.CREDITS.bit();
    /** A related line longer than this (after its prefix) is not one headline but text that lost its breaks. */
    static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_BRACKET_CHARS = 80;
    private static final int MAX_PAREN_CHARS = 200;
    private static final int MAX_NAME_TOKENS = 10;
    /** Words between a piece and its marker that still lead to it ("di sini:"). */
    private static final int MAX_LEAD_IN_WORDS = 3;
    private static final int MAX_INITIALS_LETTERS = 5;
    private static final int MIN_INITIALS_LETTERS = 2;

    private final PhraseTable phrases;

    InlineCutter(PhraseTable phrases) {
        this.phrases = phrases;
    }

    /** The pieces of furniture in {@code line}, in order; {@code tok} holds the line's tokens. */
    List<Cut> find(String line, Tokens tok, boolean creditsToo) {
        var cuts = new ArrayList<Cut>();
        int[] m = {0, 0};
        int i = 0;
        while (i < tok.count) {
            if (!phrases.matchAt(tok, i, PIECE_MASK, true, m)) {
                i++;
                continue;
            }
            PhraseKind kind = PhraseKind.values()[m[1]];
            Cut c = switch (kind) {
                case MARKER -> marker(line, tok, i, m[0]);
                case RELATED, PROMO -> related(line, tok, i, m[0], kind, cuts);
                case CREDITS -> creditsToo ? credits(line, tok, i, m[0], cuts) : null;
                default -> null;
            };
            if (c == null) {
                i++;
                continue;
            }
            cuts.add(c);
            i = firstTokenAtOrAfter(tok, c.end(), i + 1);
        }
        bridgeLeadIns(line, cuts);
        if (creditsToo) {
            Cut initials = trailingInitials(line, tok);
            if (initials != null && (cuts.isEmpty() || cuts.get(cuts.size() - 1).end() <= initials.start())) cuts.add(initials);
        }
        return cuts;
    }

    /**
     * "Tonton juga "…" di sini: [Gambas:Video 20detik]": the few words that lead from a promotion or related
     * piece to its marker go with them, else " di sini:" would stay behind.
     */
    private static void bridgeLeadIns(String s, List<Cut> cuts) {
        for (int k = 0; k + 1 < cuts.size(); k++) {
            Cut a = cuts.get(k);
            Cut b = cuts.get(k + 1);
            if (b.kind() != PhraseKind.MARKER || a.kind() != PhraseKind.PROMO && a.kind() != PhraseKind.RELATED) continue;
            String gap = s.substring(a.end(), b.start()).strip();
            if (!gap.endsWith(":") || PlainWords.count(gap) > MAX_LEAD_IN_WORDS || sentenceEndIn(s, a.end(), b.start()) >= 0) continue;
            cuts.set(k, new Cut(a.start(), b.start(), a.kind()));
        }
    }

    private Cut marker(String s, Tokens t, int i, int end) {
        int start = t.start[i];
        int stop = t.end[end - 1];
        int open = openBefore(s, start);
        if (open >= 0 && s.charAt(open) == '[') {
            int close = s.indexOf(']', stop);
            if (close >= 0 && close - open <= MAX_BRACKET_CHARS) {
                return new Cut(open, close + 1, PhraseKind.MARKER);
            }
        }
        return new Cut(start, stop, PhraseKind.MARKER);
    }

    private Cut related(String s, Tokens t, int i, int end, PhraseKind kind, List<Cut> cuts) {
        int start = t.start[i];
        int open = openBefore(s, start);
        if (open >= 0) {
            int close = matching(s, open, MAX_PAREN_CHARS);
            if (close > 0 && boundaryBefore(s, open, cuts)) return new Cut(open, close + 1, kind);
        }
        // mid-sentence, only a capitalised phrase ("… Pemerintah Baca juga: …") is taken for a piece
        if (!boundaryBefore(s, start, cuts) && !(t.has(i, Tokens.UPPER_FIRST) && i > 0 && followedByCapital(s, t, end))) return null;
        int lineEnd = trimmedEnd(s);
        boolean oneHeadlineAfter = atMostWordsFrom(t, end, MAX_HEADLINE_WORDS) && !sentenceBreakAfter(s, t.end[end - 1], lineEnd);
        if (oneHeadlineAfter && (i == 0 || cuts.isEmpty() && onlySpaceBefore(s, start))) return new Cut(start, lineEnd, kind);
        // "… kata dia. Pilihan Editor: Tekanan kepada Para Penggugat": a related link that ends a text is one
        // headline whatever its words, unless what follows ends like a sentence
        if (kind == PhraseKind.RELATED && end < t.count && atMostWordsFrom(t, end, MAX_HEADLINE_WORDS)
                && sentenceEndIn(s, t.end[end - 1], lineEnd) < 0 && !endsLikeSentence(s, lineEnd) && !pieceFrom(t, end)) {
            return new Cut(start, lineEnd, kind);
        }
        return new Cut(start, headlineEnd(s, t, end, lineEnd), kind);
    }

    private Cut credits(String s, Tokens t, int i, int end, List<Cut> cuts) {
        int start = t.start[i];
        int open = openBefore(s, start);
        boolean colon = PhraseTable.colonAfter(s, t.end[end - 1]);
        boolean atStart = onlySpaceBefore(s, open >= 0 ? open : start) || !cuts.isEmpty() && endsAt(cuts, s, start)
                || precededBySentenceEnd(s, start);
        if (!colon && !atStart) return null;
        int lineEnd = trimmedEnd(s);
        int stop = nameRunEnd(s, t, end, lineEnd);
        if (stop < 0) return null;
        if (!atStart && !boundaryBeforeCredits(s, start)) return null;
        return new Cut(open >= 0 && s.charAt(open) == '(' ? open : start, stop, PhraseKind.CREDITS);
    }

    /**
     * End of a run of name-like tokens from token {@code from} that reaches the end of the line (or the next
     * piece of furniture): capitalised words, initials, numbers, glued domains, and minor words between
     * them. -1 when the run stops at running text.
     */
    private int nameRunEnd(String s, Tokens t, int from, int lineEnd) {
        int[] m = {0, 0};
        int names = 0;
        for (int k = from; k < t.count; k++) {
            if (k > from && phrases.matchAt(t, k, PIECE_MASK, true, m) && names > 0) return trimEndBefore(s, t.start[k]);
            if (++names > MAX_NAME_TOKENS && !(k > from && glued(s, t, k))) return -1;
            if (isCapLike(t, k) || glued(s, t, k) || t.has(k, Tokens.SINGLE_CHAR_SCRIPT)) continue;
            if (t.has(k, Tokens.LOWER_FIRST) && (phrases.isWord(t.hash[k], PhraseKind.MINOR) || phrases.isWord(t.hash[k], PhraseKind.CREDITS))) continue;
            if (t.has(k, Tokens.LOWER_FIRST) && k == from && t.length(k) <= MAX_INITIALS_LETTERS) continue;
            return -1;
        }
        return names == 0 ? -1 : lineEnd;
    }

    /**
     * Where a headline that starts at token {@code from} ends (char offset): at a sentence end, at the next
     * piece of furniture, before the subject of the sentence that follows it, or at the end of the line.
     */
    int headlineEnd(String s, Tokens t, int from, int lineEnd) {
        if (from >= t.count) return from == 0 ? 0 : t.end[from - 1];
        int phraseEnd = from == 0 ? 0 : t.end[from - 1];
        int quoted = quotedEnd(s, phraseEnd, t.start[from]);
        if (quoted > 0) return quoted;
        int[] m = {0, 0};
        for (int k = from; k < t.count; k++) {
            if (k > from) {
                int punct = sentenceEndIn(s, t.end[k - 1], t.start[k]);
                if (punct >= 0) {
                    return headlineRestOfLine(s, t, k, lineEnd) ? lineEnd : punct;
                }
                if (phrases.matchAt(t, k, PIECE_MASK, true, m)) {
                    int open = openBefore(s, t.start[k]);
                    return trimEndBefore(s, open >= 0 ? open : t.start[k]);
                }
            }
            if (isCapLike(t, k) || (k > from && glued(s, t, k)) || t.has(k, Tokens.SINGLE_CHAR_SCRIPT)) continue;
            if (t.has(k, Tokens.LOWER_FIRST) && phrases.isWord(t.hash[k], PhraseKind.MINOR)) continue;
            int p = subjectStart(s, t, from, k);
            if (p <= from) return phraseEnd;
            return afterClosingPunct(s, t.end[p - 1], t.start[p]);
        }
        return lineEnd;
    }

    /** Whether from token {@code k} to the end of the line there is only headline-shaped text. */
    private boolean headlineRestOfLine(String s, Tokens t, int k, int lineEnd) {
        for (int j = k; j < t.count; j++) {
            if (j > k && sentenceEndIn(s, t.end[j - 1], t.start[j]) >= 0) return false;
            if (isCapLike(t, j) || glued(s, t, j)) continue;
            if (t.has(j, Tokens.LOWER_FIRST) && phrases.isWord(t.hash[j], PhraseKind.MINOR)) continue;
            return false;
        }
        return sentenceEndIn(s, t.end[t.count - 1], lineEnd) < 0;
    }

    /** The first token of the sentence that follows a headline, given the first lowercase word {@code k}. */
    private int subjectStart(String s, Tokens t, int from, int k) {
        int r = k;
        while (r - 1 > from && (isCapLike(t, r - 1) || glued(s, t, r - 1)) && !listGap(s, t.end[r - 2], t.start[r - 1])) r--;
        int lo = Math.max(r, from + 1);
        for (int q = k - 1; q >= lo; q--) {
            if (hasOpeningQuote(s, t.end[q - 1], t.start[q])) return q;
        }
        if (hasOpeningQuote(s, t.end[k - 1], t.start[k])) return k;
        for (int q = k - 1; q >= lo; q--) {
            if (t.has(q, Tokens.UPPER_FIRST) && !t.has(q, Tokens.ALL_UPPER) && phrases.isWord(t.hash[q], PhraseKind.MINOR)) return q;
        }
        for (int len = k - lo; len >= 1; len--) {
            if (repeatsEarlier(t, from, k - len, k)) return k - len;
        }
        return k - 1;
    }

    /** Whether tokens [a, b) occur (same words) somewhere in [from, a). */
    private static boolean repeatsEarlier(Tokens t, int from, int a, int b) {
        int len = b - a;
        for (int x = from; x + len <= a; x++) {
            boolean same = true;
            for (int y = 0; y < len && same; y++) same = t.hash[x + y] == t.hash[a + y];
            if (same) return true;
        }
        return false;
    }

    /** "gtp/pkp (Reuters, AFP)" or "(uji/dur)" at the end of a line: agency initials after the last sentence. */
    private static Cut trailingInitials(String s, Tokens t) {
        int end = trimmedEnd(s);
        if (end == 0) return null;
        int lastTok = t.count - 1;
        if (lastTok < 1) return null;
        // optional "(Agency, Agency)" after the initials
        if (s.charAt(end - 1) == ')') {
            int open = s.lastIndexOf('(', end - 1);
            if (open < 0 || end - open > MAX_PAREN_CHARS) return null;
            int first = firstTokenAtOrAfter(t, open, 0);
            boolean agencies = first <= lastTok;
            for (int j = first; j <= lastTok && agencies; j++) agencies = isCapLike(t, j);
            if (isInitials(s, t, first, lastTok)) {
                return afterLastSentence(s, open) ? new Cut(open, end, PhraseKind.CREDITS) : null;
            }
            if (!agencies) return null;
            lastTok = first - 1;
            if (lastTok < 1) return null;
        }
        int firstInitial = lastTok;
        while (firstInitial - 1 >= 0 && isInitialToken(t, firstInitial - 1)
                && s.substring(t.end[firstInitial - 1], t.start[firstInitial]).equals("/")) {
            firstInitial--;
        }
        if (firstInitial == lastTok || !isInitials(s, t, firstInitial, lastTok)) return null;
        int start = t.start[firstInitial];
        if (!afterLastSentence(s, start)) return null;
        return new Cut(start, end, PhraseKind.CREDITS);
    }

    private static boolean isInitials(String s, Tokens t, int a, int b) {
        if (b <= a) return false;
        for (int j = a; j <= b; j++) {
            if (!isInitialToken(t, j)) return false;
            if (j > a && !s.substring(t.end[j - 1], t.start[j]).equals("/")) return false;
        }
        return true;
    }

    private static boolean isInitialToken(Tokens t, int j) {
        int len = t.length(j);
        return t.has(j, Tokens.LOWER_FIRST) && len >= MIN_INITIALS_LETTERS && len <= MAX_INITIALS_LETTERS;
    }

    /** Initials end a paragraph ("… kata dia. (uji/dur)") or stand on a line of their own ("(mea/mea)"). */
    private static boolean afterLastSentence(String s, int pos) {
        return onlySpaceBefore(s, pos) || precededBySentenceEnd(s, pos);
    }

    private static boolean precededBySentenceEnd(String s, int pos) {
        int i = pos - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        while (i >= 0 && LineShape.isClosing(s.charAt(i))) i--;
        return i >= 0 && LineShape.isSentenceEnd(s.charAt(i));
    }

    // ---- character helpers ----

    static boolean isCapLike(Tokens t, int k) {
        return t.has(k, Tokens.UPPER_FIRST) || t.has(k, Tokens.DIGIT_FIRST) || t.has(k, Tokens.ALL_UPPER);
    }

    /** A token glued to the previous one by '.', '/', '-', '@' or '_' without spaces: part of a domain, path or code. */
    private static boolean glued(String s, Tokens t, int k) {
        if (k == 0) return false;
        int gapStart = t.end[k - 1];
        int gapEnd = t.start[k];
        if (gapEnd - gapStart != 1) return false;
        char c = s.charAt(gapStart);
        if (c == '-' || c == '\'' || c == '’') return t.has(k - 1, Tokens.UPPER_FIRST) || t.has(k - 1, Tokens.DIGIT_FIRST);
        return c == '.' || c == '/' || c == '@' || c == '_';
    }

    /** Index just after a sentence end in s[from, to) that is followed by a space (or is CJK), or -1. */
    private static int sentenceEndIn(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？') return afterClosing(s, i + 1, to);
            if (LineShape.isSentenceEnd(c)) {
                int j = afterClosing(s, i + 1, to);
                if (j < to && Character.isWhitespace(s.charAt(j))) return j;
            }
        }
        return -1;
    }

    private static int afterClosing(String s, int i, int to) {
        while (i < to && LineShape.isClosing(s.charAt(i))) i++;
        return i;
    }

    /** Just after closing punctuation that ends a headline ("Memalukan!", "Juara?", quotes), before spaces. */
    private static int afterClosingPunct(String s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '!' || c == '?' || c == '…' || LineShape.isClosing(c)) i++;
            else break;
        }
        return i;
    }

    /** Whether a piece of furniture starts at token {@code from} or after it. */
    private boolean pieceFrom(Tokens t, int from) {
        int[] m = {0, 0};
        for (int k = from; k < t.count; k++) {
            if (phrases.matchAt(t, k, PIECE_MASK, true, m)) return true;
        }
        return false;
    }

    /** Whether the text before {@code end} ends with a full stop or a closing quote (headlines end bare, "?" or "!"). */
    private static boolean endsLikeSentence(String s, int end) {
        if (end == 0) return false;
        char c = s.charAt(end - 1);
        return c == '.' || c == '。' || c == '"' || c == '”' || c == '’' || c == '\'' || c == '»';
    }

    private static boolean sentenceBreakAfter(String s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = s.charAt(i);
            if (LineShape.isSentenceEnd(c)) {
                int j = afterClosing(s, i + 1, to);
                while (j < to && s.charAt(j) == ' ') j++;
                if (j > i + 1 && j < to && (Character.isUpperCase(s.charAt(j)) || LineShape.isOpening(s.charAt(j)))) return true;
            }
        }
        return false;
    }

    private static boolean hasOpeningQuote(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '«' || c == '„' || c == '‘' || c == '「') {
                return i == from || s.charAt(i - 1) == ' ';
            }
        }
        return false;
    }

    /** A gap that separates items of a list or parts of a headline: comma, colon, semicolon, dash. */
    private static boolean listGap(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ':' || c == ';' || c == '|' || c == '–' || c == '—') return true;
        }
        return false;
    }

    /** A quoted headline right after the prefix: its end after the closing quote, else -1. */
    private static int quotedEnd(String s, int from, int firstToken) {
        int q = -1;
        for (int i = from; i < firstToken; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '«' || c == '„' || c == '\'') q = i;
        }
        if (q < 0) return -1;
        char open = s.charAt(q);
        char close = open == '“' ? '”' : open == '«' ? '»' : open == '„' ? '“' : open;
        int end = s.indexOf(close, firstToken);
        if (end < 0 || end - q > MAX_PAREN_CHARS) return -1;
        return end + 1;
    }

    /** Position of an opening bracket or parenthesis right before {@code pos} (spaces between), or -1. */
    private static int openBefore(String s, int pos) {
        int i = pos - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i >= 0 && (s.charAt(i) == '(' || s.charAt(i) == '[') ? i : -1;
    }

    private static int matching(String s, int open, int max) {
        char o = s.charAt(open);
        char c = o == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < s.length() && i - open <= max; i++) {
            if (s.charAt(i) == o) depth++;
            else if (s.charAt(i) == c && --depth == 0) return i;
        }
        return -1;
    }

    /** Whether a piece may start at {@code pos}: at the line start, after a sentence end, or right after another piece. */
    private static boolean boundaryBefore(String s, int pos, List<Cut> cuts) {
        int i = pos - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0' || s.charAt(i) == '\t')) i--;
        if (i < 0) return true;
        if (!cuts.isEmpty() && cuts.get(cuts.size() - 1).end() == i + 1) return true;
        char c = s.charAt(i);
        if (LineShape.isSentenceEnd(c) || c == '|' || c == '•' || c == '·' || c == '—' || c == '–') return true;
        int j = i;
        while (j >= 0 && LineShape.isClosing(s.charAt(j))) j--;
        return j < i && j >= 0 && (LineShape.isSentenceEnd(s.charAt(j)) || s.charAt(j) == ',');
    }

    /** Whether the token after the phrase (if any) starts with a capital or a digit. */
    private static boolean followedByCapital(String s, Tokens t, int end) {
        return end < t.count && (t.has(end, Tokens.UPPER_FIRST) || t.has(end, Tokens.DIGIT_FIRST));
    }

    /** Credits inside a line: after a sentence end or after a name (the "Diadaptasi oleh X Editor: Y" chain). */
    private static boolean boundaryBeforeCredits(String s, int pos) {
        int i = pos - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i >= 0 && (Character.isLetterOrDigit(s.charAt(i)) || LineShape.isSentenceEnd(s.charAt(i))
                || LineShape.isClosing(s.charAt(i)) || s.charAt(i) == '|');
    }

    private static boolean endsAt(List<Cut> cuts, String s, int pos) {
        int i = pos - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return cuts.get(cuts.size() - 1).end() == i + 1;
    }

    private static boolean onlySpaceBefore(String s, int pos) {
        for (int i = 0; i < pos; i++) {
            if (!PlainWords.isSpace(s.charAt(i))) return false;
        }
        return true;
    }

    private static int trimmedEnd(String s) {
        int e = s.length();
        while (e > 0 && PlainWords.isSpace(s.charAt(e - 1))) e--;
        return e;
    }

    private static int trimEndBefore(String s, int pos) {
        int e = pos;
        while (e > 0 && PlainWords.isSpace(s.charAt(e - 1))) e--;
        return e;
    }

    /**
     * Whether the tokens from {@code from} to the end of the line make at most {@code max} words (two CJK
     * characters count as one). Stops counting past {@code max}: a line of thousands of phrases would otherwise
     * be counted to its end once per phrase.
     */
    private static boolean atMostWordsFrom(Tokens t, int from, int max) {
        int n = 0;
        int single = 0;
        for (int k = from; k < t.count; k++) {
            if (t.has(k, Tokens.SINGLE_CHAR_SCRIPT)) single++;
            else n++;
            if (n + (single + 1) / 2 > max) return false;
        }
        return true;
    }

    private static int firstTokenAtOrAfter(Tokens t, int pos, int from) {
        int k = from;
        while (k < t.count && t.start[k] < pos) k++;
        return k;
    }

    /**
     * {@code line} without the cuts, the text on both sides joined by one space, and without the debris a cut
     * would leave: the separators that tied a piece to the text (" - Baca juga", "': [Gambas:Video]", "|"),
     * brackets or quotes left empty or unmatched ("( )"), and a space before the punctuation that follows a
     * cut ("kata dia [ADVERTISEMENT]." becomes "kata dia."). A colon before a cut stays: it is the text's own.
     */
    static String apply(String line, List<Cut> cuts) {
        if (cuts.isEmpty()) return line;
        var sb = new StringBuilder(line.length());
        sb.append(line, 0, Math.min(cuts.get(0).start(), line.length()));
        int pos = 0;
        for (Cut c : cuts) {
            if (pos > 0) appendAfterCut(sb, line, pos, c.start());
            trimBeforeCut(sb);
            pos = c.end();
        }
        int kept = sb.length();
        appendAfterCut(sb, line, pos, line.length());
        if (sb.length() == kept) {
            // the line ends with a piece: an opening bracket or quote before it has nothing left to hold
            while (!sb.isEmpty() && opensAt(sb, sb.length() - 1)) {
                sb.setLength(sb.length() - 1);
                trimBeforeCut(sb);
            }
        }
        trimSpaces(sb);
        return sb.toString();
    }

    /** Appends {@code s[from, to)}, the text after a cut, less the punctuation that went with the piece. */
    private static void appendAfterCut(StringBuilder sb, String s, int from, int to) {
        if (from >= to) return;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (PlainWords.isSpace(c) || c == ':' || c == '|' || c == '•' || c == '·'
                    || isDash(c) && (i + 1 == to || PlainWords.isSpace(s.charAt(i + 1)))) {
                i++;
                continue;
            }
            char open = openerOf(c);
            boolean closes = open != 0 && (i + 1 == to || !Character.isLetterOrDigit(s.charAt(i + 1)));
            if (closes && endsWithOpener(sb, open)) {
                // "( [cut] )": the pair held only the piece
                sb.setLength(lastNonSpace(sb) - 1);
                trimBeforeCut(sb);
                i++;
                continue;
            }
            if (closes && (c == ')' || c == ']') && !unclosed(sb, open, c)) {
                i++;
                continue;
            }
            break;
        }
        if (i == to) return;
        trimSpaces(sb);
        char first = s.charAt(i);
        if (!sb.isEmpty() && openerOf(first) != 0 && (i + 1 == to || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
            sb.append(s, i, to);   // a closing quote or bracket of the text before the cut
            return;
        }
        if (isClause(first)) {
            if (!sb.isEmpty() && !isClause(sb.charAt(sb.length() - 1)) && !LineShape.isSentenceEnd(sb.charAt(sb.length() - 1))) {
                sb.append(s, i, to);   // "kata dia [cut]." closes the sentence before the cut
                return;
            }
            while (i < to && (isClause(s.charAt(i)) || PlainWords.isSpace(s.charAt(i)))) i++;
            if (i == to) return;
        }
        if (!sb.isEmpty() && !opensAt(sb, sb.length() - 1)) sb.append(' ');
        sb.append(s, i, to);
    }

    /** Before a cut: trailing spaces, and a separator (" |", " -", " •") that tied the piece to the text. */
    private static void trimBeforeCut(StringBuilder sb) {
        while (true) {
            trimSpaces(sb);
            int e = sb.length();
            if (e == 0) return;
            char c = sb.charAt(e - 1);
            boolean separator = c == '|' || c == '•' || c == '·' || isDash(c);
            if (!separator || e > 1 && !PlainWords.isSpace(sb.charAt(e - 2))) return;
            sb.setLength(e - 1);
        }
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** Punctuation that ends a clause or a sentence and so belongs to the text before it. */
    private static boolean isClause(char c) {
        return c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** The opening bracket or quote that {@code c} closes, or 0. */
    private static char openerOf(char c) {
        return switch (c) {
            case ')' -> '(';
            case ']' -> '[';
            case '”' -> '“';
            case '’' -> '‘';
            case '»' -> '«';
            case '"', '\'' -> c;
            default -> 0;
        };
    }

    /** Whether the last non-space character is {@code open}, opening (at the start or after a space). */
    private static boolean endsWithOpener(StringBuilder sb, char open) {
        int e = lastNonSpace(sb);
        return e > 0 && sb.charAt(e - 1) == open && opensAt(sb, e - 1);
    }

    /** Whether {@code sb[i]} is an opening bracket or quote: a quote only at the start or after a space. */
    private static boolean opensAt(StringBuilder sb, int i) {
        char c = sb.charAt(i);
        if (c == '(' || c == '[' || c == '“' || c == '‘' || c == '«') return true;
        return (c == '"' || c == '\'') && (i == 0 || PlainWords.isSpace(sb.charAt(i - 1)));
    }

    /** Whether the kept text has an {@code open} bracket that no {@code close} matched yet. */
    private static boolean unclosed(StringBuilder sb, char open, char close) {
        int depth = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == open) depth++;
            else if (c == close && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static int lastNonSpace(StringBuilder sb) {
        int e = sb.length();
        while (e > 0 && PlainWords.isSpace(sb.charAt(e - 1))) e--;
        return e;
    }

    private static void trimSpaces(StringBuilder sb) {
        sb.setLength(lastNonSpace(sb));
    }
}
