/**
 * Quality filters: one small step per rule family, with datatrove's published defaults, thresholds per
 * language from a data table ({@link dev.saring.filter.LanguageTable}, modelled on FineWeb-2's configs),
 * and {@link dev.saring.filter.QualityFilters} to build the chain from the table and a run's overrides.
 *
 * <p>Every drop names its step and a reason {@code <family>:<rule>}:
 * <pre>
 * step               reasons
 * language-score     language_score:too_low
 * gopher-repetition  gopher:dup_para_frac  gopher:dup_para_char_frac  gopher:dup_line_frac
 *                    gopher:dup_line_char_frac  gopher:top_&lt;n&gt;_gram  gopher:dup_&lt;n&gt;_gram
 * gopher-quality     gopher:min_words  gopher:max_words  gopher:mean_word_length  gopher:hash_ratio
 *                    gopher:ellipsis_ratio  gopher:bullet_lines  gopher:ellipsis_lines  gopher:alpha_words
 *                    gopher:stop_words
 * c4-quality         c4:lorem_ipsum  c4:curly_bracket  c4:min_sentences
 * fineweb-quality    fineweb:line_punct_ratio  fineweb:short_line_ratio  fineweb:char_dup_ratio
 *                    fineweb:new_line_ratio
 * </pre>
 * A document is judged with the settings of the language the {@code language} step gave it, and with
 * English's when its language has none. Words are always {@link dev.saring.text.Words}' (ICU), tokenised
 * once per document for the whole chain.
 */
package dev.saring.filter;
