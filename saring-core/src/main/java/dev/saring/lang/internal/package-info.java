/** Helpers of {@code dev.saring.lang}: not API, may change without notice. */
package dev.saring.lang.internal;
