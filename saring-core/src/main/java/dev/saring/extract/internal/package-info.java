/**
 * Internals of the main-content extractor: the DOM walk, its tables of elements and text blocks, class
 * and id hints, page metadata and content selection. Not API: use
 * {@link dev.saring.extract.MainContentExtractor}.
 */
package dev.saring.extract.internal;
