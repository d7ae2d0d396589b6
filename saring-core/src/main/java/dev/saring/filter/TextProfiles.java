package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.text.Words;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the filters of one chain the {@link TextProfile} of a document's text, tokenised with the rules of
 * its language, and computes it once per document rather than once per filter: each thread remembers the
 * last profile it made, and a filter that asks again for the same text (the same {@code String} instance,
 * as steps pass it along unchanged) gets that one. A step that changes the text makes a new instance, so a
 * stale profile is never used. Safe to share across threads; holds one profile per thread.
 */
final class TextProfiles {

    private final ConcurrentHashMap<String, Words> tokenizers = new ConcurrentHashMap<>();
    private final ThreadLocal<TextProfile> last = new ThreadLocal<>();

    TextProfile of(Document doc) {
        String text = doc.text();
        Words words = tokenizer(doc.lang().map(LanguageGuess::code).orElse(""));
        TextProfile p = last.get();
        if (p != null && p.text == text && p.tokenizer == words) return p;
        p = TextProfile.of(text, words);
        last.set(p);
        return p;
    }

    Words tokenizer(String lang) {
        if (lang.isEmpty() || "und".equals(lang)) return Words.ROOT;
        return tokenizers.computeIfAbsent(lang, Words::forLanguage);
    }
}
