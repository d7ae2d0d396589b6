/**
 * Language identification: the {@link dev.saring.lang.LanguageIdentifier} interface, its implementation on
 * Lingua ({@link dev.saring.lang.LinguaIdentifier}, which explains the document-level decision and how
 * Lingua's static model caches and common-pool tasks are kept under control), and the {@code language}
 * pipeline step ({@link dev.saring.lang.LanguageStep}).
 */
package dev.saring.lang;
