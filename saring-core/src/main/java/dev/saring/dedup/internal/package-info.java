/**
 * Disk-backed primitives of the dedup passes: an external sorter of fixed-width records of longs, a
 * table of records looked up by document ordinal, an append-only store of strings and a union-find over
 * dense int ids. Not API: these may change with the passes that use them.
 */
package dev.saring.dedup.internal;
