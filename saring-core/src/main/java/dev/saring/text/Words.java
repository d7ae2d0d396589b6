package dev.saring.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits text into words with ICU's Unicode word boundaries (UAX #29 plus dictionaries for Thai, Lao,
 * Khmer, Burmese, Chinese and Japanese), so that languages written without spaces are split into real
 * words. Punctuation and whitespace are not words; numbers are.
 *
 * <p>This is the one tokenizer of saring: quality filters count its words and dedup shingles them, so the
 * two always agree. Instances are immutable and safe to share across threads (each call clones ICU's
 * iterator, which is not thread-safe itself).
 *
 * <pre>{@code
 * Words.ROOT.split("Baca juga: Harga naik 5%.");   // [Baca, juga, Harga, naik, 5]
 * }</pre>
 */
public final class Words {

    /** Language-neutral rules; dictionaries still split CJK and Thai. */
    public static final Words ROOT = new Words(ULocale.ROOT);

    private final BreakIterator prototype;
    private final ULocale locale;
    /**
     * The root rules (which most languages use unchanged: checked, not assumed): stretches of simple
     * characters take {@link SimpleWordScanner}, with identical results.
     */
    private final boolean simple;

    private Words(ULocale locale) {
        this.locale = locale;
        this.prototype = BreakIterator.getWordInstance(locale);
        this.simple = locale.equals(ULocale.ROOT) || hasRootRules(prototype);
    }

    private static boolean hasRootRules(BreakIterator it) {
        return it instanceof RuleBasedBreakIterator rules && ROOT != null && rules.toString().equals(ROOT.prototype.toString());
    }

    /** A tokenizer with the rules of a language given as a BCP 47 tag ({@code id}, {@code ja}). */
    public static Words forLanguage(String languageTag) {
        return languageTag == null || languageTag.isEmpty() || "und".equals(languageTag)
                ? ROOT : new Words(ULocale.forLanguageTag(languageTag));
    }

    /** The words of {@code text}, in order. */
    public List<String> split(String text) {
        var out = new ArrayList<String>();
        forEach(text, out::add);
        return out;
    }

    /** Calls {@code sink} with each word of {@code text}, in order, without building a list. */
    public void forEach(String text, Consumer<String> sink) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                sink.accept(text.substring(start, end));
            }
        }
    }

    /** Receives the position of one word: {@code text.substring(start, end)} is the word. */
    @FunctionalInterface
    public interface SpanSink {
        void accept(int start, int end);
    }

    /**
     * Calls {@code sink} with the start and end of each word of {@code text}, in order, without creating
     * a string per word: for hot paths that hash words in place (dedup shingles).
     */
    public void forEachSpan(String text, SpanSink sink) {
        if (!simple) {
            forEachSpanIcu(text, 0, text.length(), sink);
            return;
        }
        // Stretches of simple characters take the fast scanner; the space-delimited chunks around the other
        // characters (a trademark sign, an emoji, a CJK run) go to ICU. No word rule reaches across a space,
        // a tab or a line break, so the pieces give the spans of the whole.
        int n = text.length();
        int done = 0;
        for (int p = SimpleWordScanner.firstUncovered(text, 0); p >= 0; p = SimpleWordScanner.firstUncovered(text, done)) {
            int start = p;
            while (start > done && !isChunkBreak(text.charAt(start - 1))) start--;
            int end = p + 1;
            while (end < n && !isChunkBreak(text.charAt(end))) end++;
            SimpleWordScanner.forEachSpan(text, done, start, sink);
            forEachSpanIcu(text, start, end, sink);
            done = end;
        }
        SimpleWordScanner.forEachSpan(text, done, n, sink);
    }

    private static boolean isChunkBreak(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** {@link #forEachSpan} always through ICU: the reference the fast path is tested against. */
    void forEachSpanIcu(String text, SpanSink sink) {
        forEachSpanIcu(text, 0, text.length(), sink);
    }

    /** ICU's word spans of [{@code from}, {@code to}) taken as a text of its own, as offsets into {@code text}. */
    private void forEachSpanIcu(String text, int from, int to, SpanSink sink) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(from == 0 && to == text.length() ? text : text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                sink.accept(from + start, from + end);
            }
        }
    }

    /** How many words {@code text} has. */
    public int count(String text) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int n = 0;
        it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) n++;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Words[" + (locale.equals(ULocale.ROOT) ? "root" : locale.toLanguageTag()) + "]";
    }
}
