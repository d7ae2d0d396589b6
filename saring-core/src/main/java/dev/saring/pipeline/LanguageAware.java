package dev.saring.pipeline;

/**
 * A step whose rules depend on the document's language and that knows which languages it has settings
 * for (the quality filters). The runner counts the documents of languages that no such step has settings
 * for, so that a run says which languages got only the language-agnostic rules.
 *
 * <pre>{@code
 * if (step instanceof LanguageAware a && !a.hasSettingsFor("fr")) ...
 * }</pre>
 */
public interface LanguageAware {

    /** Whether documents in {@code lang} (ISO 639-1) are judged with settings of their own. */
    boolean hasSettingsFor(String lang);
}
