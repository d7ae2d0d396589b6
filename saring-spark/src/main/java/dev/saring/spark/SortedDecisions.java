package dev.saring.spark;

import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Step;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;

/**
 * The decider of a pass inside one shard's task: walks the shard's decisions (sorted by ordinal) alongside
 * its documents (in input order, hence by ordinal) and applies each document's own. A merge join: the
 * task holds one document's decisions at a time, however large the shard. Not thread-safe; one per task.
 */
final class SortedDecisions implements Step {

    private final String name;
    private final PassShuffle shuffle;
    private final Iterator<Tuple2<Long, Object>> decisions;
    private Tuple2<Long, Object> next;

    SortedDecisions(String name, PassShuffle shuffle, Iterator<Tuple2<Long, Object>> decisions) {
        this.name = name;
        this.shuffle = shuffle;
        this.decisions = decisions;
        this.next = decisions.hasNext() ? decisions.next() : null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Outcome apply(Document doc) {
        long ordinal = doc.source().ordinal();
        var values = new ArrayList<Object>(1);
        while (next != null && next._1() <= ordinal) {
            if (next._1() < ordinal) {
                throw new IllegalStateException(name + ": a decision for ordinal " + next._1() + " met no document (next is " + ordinal + ")");
            }
            values.add(next._2());
            next = decisions.hasNext() ? decisions.next() : null;
        }
        return shuffle.decide(doc, values);
    }

    @Override
    public String toString() {
        return name + "-decider[sorted decisions]";
    }
}
