package dev.saring.spark;

import dev.saring.model.Source;
import org.apache.spark.Partitioner;

/**
 * Sends a record keyed by a document's {@link Source#ordinal()} to the partition of the document's shard,
 * so that decisions of a pass meet their documents in the task that runs that shard, in input order once
 * sorted by key.
 */
final class ShardPartitioner extends Partitioner {

    private final int shards;

    ShardPartitioner(int shards) {
        if (shards < 1) throw new IllegalArgumentException("shards must be >= 1, was " + shards);
        this.shards = shards;
    }

    @Override
    public int numPartitions() {
        return shards;
    }

    @Override
    public int getPartition(Object key) {
        return (int) ((Long) key >>> Source.INDEX_BITS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShardPartitioner p && p.shards == shards;
    }

    @Override
    public int hashCode() {
        return shards;
    }
}
