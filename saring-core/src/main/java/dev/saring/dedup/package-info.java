/**
 * Deduplication passes: exact ({@link dev.saring.dedup.ExactDedupPass}), near-duplicate by MinHash LSH
 * ({@link dev.saring.dedup.NearDedupPass}) and repeated paragraphs across the corpus
 * ({@link dev.saring.dedup.ParagraphDedupPass}).
 *
 * <p>All three keep state on disk past the memory bound of their {@link dev.saring.pipeline.PassContext}
 * (sorted run files merged externally) and decide from {@link dev.saring.model.Source#ordinal()} alone,
 * so that results do not depend on thread count or observation order.
 */
package dev.saring.dedup;
