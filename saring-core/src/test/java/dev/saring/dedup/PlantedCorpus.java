package dev.saring.dedup;

import dev.saring.model.Document;
import dev.saring.model.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus with planted near-duplicate pairs whose shingle Jaccard similarity is known exactly
 * (computed by brute force on the 5-gram sets): texts of random pseudo-words, so that unrelated documents
 * share no shingle, and for each pair a copy with words replaced at random places.
 */
final class PlantedCorpus {

    static final int NGRAM = 5;
    private static final String[] ONSETS = {"b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny"};
    private static final String[] VOWELS = {"a", "i", "u", "e", "o"};

    /** One planted pair: document indices in {@link #docs} and their exact Jaccard similarity. */
    record Pair(int first, int second, double jaccard) {
    }

    final List<Document> docs = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();

    /**
     * @param pairs      planted pairs, target similarities spread evenly over [minJaccard, 1]
     * @param singletons documents without a planted copy
     */
    PlantedCorpus(long seed, int pairs, int singletons, double minJaccard) {
        var rnd = new Random(seed);
        List<String> vocabulary = vocabulary(rnd, 40_000);
        var texts = new ArrayList<List<String>>();
        var partner = new ArrayList<Integer>();
        for (int p = 0; p < pairs; p++) {
            List<String> a = randomWords(rnd, vocabulary, 120 + rnd.nextInt(280));
            double target = minJaccard + (1 - minJaccard) * rnd.nextDouble();
            texts.add(a);
            texts.add(variant(rnd, vocabulary, a, target));
            partner.add(texts.size() - 1);
            partner.add(texts.size() - 2);
        }
        for (int s = 0; s < singletons; s++) {
            texts.add(randomWords(rnd, vocabulary, 60 + rnd.nextInt(400)));
            partner.add(-1);
        }
        // Spread pairs over the corpus: position i of the corpus holds text order[i].
        var order = new ArrayList<Integer>();
        for (int i = 0; i < texts.size(); i++) order.add(i);
        Collections.shuffle(order, rnd);
        int[] positionOf = new int[texts.size()];
        for (int pos = 0; pos < order.size(); pos++) positionOf[order.get(pos)] = pos;
        int shards = 4;
        for (int pos = 0; pos < order.size(); pos++) {
            List<String> words = texts.get(order.get(pos));
            docs.add(Document.ofText("doc-" + pos, Source.atOffset("planted-" + pos % shards, pos % shards, pos / shards, 0),
                    String.join(" ", words)));
        }
        for (int t = 0; t < texts.size(); t += 2) {
            if (partner.get(t) != t + 1) continue;
            int a = positionOf[t];
            int b = positionOf[t + 1];
            this.pairs.add(new Pair(Math.min(a, b), Math.max(a, b), jaccard(texts.get(t), texts.get(t + 1))));
        }
    }

    private static List<String> vocabulary(Random rnd, int size) {
        var words = new LinkedHashSet<String>();
        while (words.size() < size) {
            var sb = new StringBuilder();
            int syllables = 2 + rnd.nextInt(3);
            for (int s = 0; s < syllables; s++) sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
            words.add(sb.toString());
        }
        return new ArrayList<>(words);
    }

    private static List<String> randomWords(Random rnd, List<String> vocabulary, int n) {
        var out = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) out.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
        return out;
    }

    /**
     * A copy of {@code a} with about the number of words replaced that brings the Jaccard similarity of
     * the shingle sets to {@code target} (each replaced word removes up to 5 shingles and adds as many).
     */
    private static List<String> variant(Random rnd, List<String> vocabulary, List<String> a, double target) {
        int shingles = a.size() - NGRAM + 1;
        int replaced = (int) Math.round(shingles * (1 - target) / (NGRAM * (1 + target)));
        var copy = new ArrayList<>(a);
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < copy.size(); i++) positions.add(i);
        Collections.shuffle(positions, rnd);
        for (int k = 0; k < Math.min(replaced, copy.size()); k++) {
            copy.set(positions.get(k), vocabulary.get(rnd.nextInt(vocabulary.size())) + "x");
        }
        return copy;
    }

    static Set<String> shingles(List<String> words) {
        var out = new HashSet<String>();
        for (int i = 0; i + NGRAM <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + NGRAM)));
        return out;
    }

    static double jaccard(List<String> a, List<String> b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        var inter = new HashSet<>(sa);
        inter.retainAll(sb);
        return (double) inter.size() / (sa.size() + sb.size() - inter.size());
    }
}
