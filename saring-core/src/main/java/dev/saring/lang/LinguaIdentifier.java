package dev.saring.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.saring.lang.internal.CloseGroupScorer;
import dev.saring.lang.internal.LatinScript;
import dev.saring.lang.internal.LinguaCodes;
import dev.saring.lang.internal.TextWindows;
import dev.saring.lang.internal.TrigramShortlist;
import dev.saring.model.LanguageGuess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document-level language identification on Lingua ({@code com.github.pemistahl:lingua} 1.2.2).
 *
 * <h2>How a document is decided</h2>
 * <ol>
 *   <li>The text is cut into at most {@link LanguageOptions#windows()} windows of at most
 *       {@value #WINDOW_CHARS} characters, spread evenly over it: long documents cost no more than short
 *       ones, and head, middle and tail all count. Windows are grouped four by four into chunks.</li>
 *   <li>For Latin-script text, a trigram pass over Lingua's own models ({@link TrigramShortlist}) keeps
 *       the {@link LanguageOptions#shortlist()} most likely languages of each chunk, plus the partners of
 *       any close group among them: Lingua's cost grows with every language it weighs. Other scripts go
 *       to Lingua whole, whose rules narrow them to the few languages of that script.</li>
 *   <li>A text that fits one chunk (under about 480 characters) is scored whole by Lingua among its
 *       candidates ({@value #SHORT_TEXT_SHORTLIST} of them), as Lingua would score it: a sentence gets
 *       Lingua's answer, with score 1.0 and Lingua's second choice as runner-up.</li>
 *   <li>A longer document whose chunks' trigram evidence all names the same language, far ahead of the
 *       next ({@link #CLEAR_LEAD_PER_TRIGRAM}) and outside any close group, is that language with score 1.0,
 *       without Lingua: on web pages most documents are, and Lingua would only confirm them.</li>
 *   <li>Any other longer document: each chunk votes for Lingua's top language with its length. When the winner
 *       belongs to a close group (Indonesian and Malay), the windows are scored again among the group with
 *       Lingua's high-accuracy scoring ({@link CloseGroupScorer}: the same numbers as Lingua's detector,
 *       computed on the calling thread in one lookup per n-gram; uni- to fivegrams on texts this short
 *       separate Indonesian from Malay far better than trigrams); each window adds {@code length × margin} to its language, the margin being {@code 1 -}
 *       the runner-up's relative confidence (capped at {@value #MAX_MARGIN}), and the group's votes are
 *       shared among its members in those proportions. The duel reads windows spread over the document
 *       and stops after {@value #DUEL_MIN_WINDOWS} once one language holds
 *       {@value #DUEL_DECIDED_SHARE} of the weight.</li>
 *   <li>The language with most weight wins. Its {@linkplain LanguageGuess#score() score} is its share of
 *       the weight: 1.0 for a document all in one language, about 0.5 for one half English and half
 *       Indonesian, and for Indonesian its share against Malay (0.9 and more for most Indonesian news). The
 *       runner-up is the language with the next largest share, or the most frequent second choice.</li>
 * </ol>
 * Measured on the corpora of the tests, this beats both Lingua on the whole text and plain per-sentence
 * votes for Indonesian against Malay.
 *
 * <h2>Cost, memory and Lingua's global state</h2>
 * Build one instance per JVM, on purpose, and share it: it is immutable and thread-safe. Building reads the
 * trigram shortlist (about 0.7 s for all 75 languages, 50 MB); Lingua's own models are loaded the first time
 * a language is a candidate, in either mode, so that a run pays only for the languages its documents bring
 * up (70 MB in low-accuracy mode for all 75; in high-accuracy mode up to 1.45 GB when all 75 have been
 * met). Lingua's loading is synchronized: threads that meet a new language at once load it once. Lingua keeps its models in <em>static</em> maps
 * shared by every detector of the JVM, so a second identifier reuses them and dropping an identifier frees
 * none of them; this class never unloads them (that would pull models from under other detectors). Lingua
 * also runs each call's n-gram orders as tasks on {@link java.util.concurrent.ForkJoinPool#commonPool()}:
 * one task in low-accuracy mode and for texts of 120 characters or more (the calling thread usually runs
 * it itself), five for shorter texts in high-accuracy mode, which common-pool threads share. The default
 * path therefore fans out nothing: its Lingua calls are low-accuracy, and the close-group duel, where the
 * high-accuracy scoring is needed, runs on the calling thread. Do not set the common pool's parallelism
 * to 0: callers then wait on each other's queued tasks and hang (seen with two threads).
 *
 * <pre>{@code
 * LinguaIdentifier lingua = LinguaIdentifier.load(LanguageOptions.defaults());   // once per JVM
 * lingua.identify(text);   // LanguageGuess[code=id, score=0.93, runnerUp=ms, runnerUpScore=0.07]
 * }</pre>
 */
public final class LinguaIdentifier implements LanguageIdentifier {

    /** Window length: under Lingua's 120 characters, below which its high-accuracy mode uses 1- to 5-grams. */
    public static final int WINDOW_CHARS = 119;
    /**
     * Caps how much one vote's margin counts. Lingua's n-gram margins on short windows stay under about
     * 0.2 (99th percentile, Indonesian news); a window decided by its script alone has margin 1 and would
     * outweigh everything else.
     */
    static final double MAX_MARGIN = 0.25;
    /** The weight of a tie, so that a text of ties still gets a language. */
    static final double MIN_MARGIN = 1e-6;
    /**
     * Windows are scored four at a time: Lingua scores only trigrams in texts of 120 characters and more,
     * whatever the mode, so fewer and longer calls give the same evidence for less. A text that fits one
     * chunk (about 480 characters) is scored whole, as Lingua would.
     */
    static final int WINDOWS_PER_CHUNK = 4;
    /**
     * The close-group duel reads windows spread over the document and stops once it has read this many and
     * one language holds {@link #DUEL_DECIDED_SHARE} of the weight: measured on the shared Indonesian and
     * Malay corpora, this reads about half the windows for the same answers.
     */
    static final int DUEL_MIN_WINDOWS = 6;
    static final double DUEL_DECIDED_SHARE = 0.8;
    /**
     * A chunk is clear when its trigram evidence puts one language ahead of the next by at least this much
     * log-probability per trigram, over at least {@link #CLEAR_MIN_TRIGRAMS} trigrams; a document of two
     * chunks or more whose chunks are all clear for the same language (outside any close group) is decided
     * without Lingua. Measured on 11,855 chunks (the bench pages' texts, and six-sentence documents of the 39
     * languages of Lingua's sentence test data): 79% are clear, and Lingua names another language for 4 of
     * them, where it is wrong in 3 (Esperanto as Slovak, Yoruba as Vietnamese, Albanian as Latin).
     */
    static final double CLEAR_LEAD_PER_TRIGRAM = 0.25;
    static final int CLEAR_MIN_TRIGRAMS = 50;
    /** Candidates kept for a text scored whole: a short text's trigrams rank languages less reliably. */
    static final int SHORT_TEXT_SHORTLIST = 8;
    /** Detectors built for candidate sets are kept up to this many; past it they are built per call. */
    private static final int MAX_CACHED_DETECTORS = 4096;

    private final LanguageOptions options;
    private final EnumSet<Language> languages;
    private final LanguageDetector everyLanguage;
    private final TrigramShortlist shortlist;
    private final Map<Language, LazyScorer> closeGroupScorers;
    private final Map<Language, Set<Language>> closeGroupOf;
    private final ConcurrentHashMap<Set<Language>, LanguageDetector> detectors = new ConcurrentHashMap<>();

    private LinguaIdentifier(LanguageOptions options) {
        this.options = options;
        this.languages = LinguaCodes.languages(options.models());
        if (languages.size() < 2) throw new IllegalArgumentException("Lingua needs two languages or more, got " + options.models());
        // Lingua loads a language's models the first time it is a candidate: start-up and memory follow the
        // languages met, not the languages known (and most documents never reach Lingua: allClearlyOneLanguage).
        this.everyLanguage = builder(languages, options.accuracy()).build();
        this.shortlist = options.shortlist() == 0 || options.shortlist() >= languages.size()
                ? null : TrigramShortlist.load(languages);
        var groupScorers = new EnumMap<Language, LazyScorer>(Language.class);
        var groupOf = new EnumMap<Language, Set<Language>>(Language.class);
        for (var codes : options.closeGroups()) {
            var group = LinguaCodes.languages(codes);
            group.retainAll(languages);
            if (group.size() < 2) continue;
            var groupSet = Set.copyOf(group);
            var scorer = new LazyScorer(group);
            for (Language l : group) {
                groupOf.put(l, groupSet);
                groupScorers.put(l, scorer);
            }
        }
        this.closeGroupScorers = groupScorers;
        this.closeGroupOf = groupOf;
    }

    /**
     * Loads the models these options name and builds the identifier: expensive (seconds, tens of MB), so
     * build one per JVM and share it.
     */
    public static LinguaIdentifier load(LanguageOptions options) {
        return new LinguaIdentifier(options);
    }

    public LanguageOptions options() {
        return options;
    }

    @Override
    public Set<String> languages() {
        return LinguaCodes.codesOf(languages);
    }

    @Override
    public LanguageGuess identify(String text) {
        List<String> windows = TextWindows.spread(text, options.windows(), WINDOW_CHARS);
        if (windows.isEmpty()) return LanguageGuess.UNKNOWN;
        var chunks = new ArrayList<String>();
        for (int i = 0; i < windows.size(); i += WINDOWS_PER_CHUNK) {
            chunks.add(String.join("\n", windows.subList(i, Math.min(windows.size(), i + WINDOWS_PER_CHUNK))));
        }
        // Other scripts narrow Lingua to a few languages by its own rules (and some of their languages have no
        // trigram model for the shortlist to find): only Latin-script text gets trigram evidence.
        boolean latin = LatinScript.isMostlyLatin(chunks);
        List<TrigramShortlist.Evidence> evidence = shortlist != null && latin
                ? chunks.stream().map(shortlist::evidence).toList() : null;
        if (!latin) {
            // text mostly in another script is judged by that script: its Latin names, addresses and code would
            // make Lingua pick a Latin-script language (a Russian footer with an English address: Nynorsk)
            chunks.replaceAll(LatinScript::withoutLatinWords);
        }
        var votes = new Votes(false);
        if (chunks.size() == 1) {
            // A short text is Lingua's case: scored whole, among more candidates since its evidence is thin.
            votes.add(detectorFor(evidence, Math.max(options.shortlist(), SHORT_TEXT_SHORTLIST)).computeLanguageConfidenceValues(chunks.get(0)), 1);
            return votes.best() < 0 ? LanguageGuess.UNKNOWN : votes.guess();
        }
        if (evidence != null && allClearlyOneLanguage(evidence)) {
            for (int i = 0; i < chunks.size(); i++) {
                votes.add(shortlist.leader(evidence.get(i)), shortlist.runnerUp(evidence.get(i)), chunks.get(i).length());
            }
            return votes.guess();
        }
        LanguageDetector detector = detectorFor(evidence, options.shortlist());
        for (String chunk : chunks) votes.add(detector.computeLanguageConfidenceValues(chunk), chunk.length());
        int top = votes.best();
        if (top < 0) return LanguageGuess.UNKNOWN;
        LazyScorer lazyGroup = closeGroupScorers.get(Language.values()[top]);
        if (lazyGroup != null) {
            CloseGroupScorer group = lazyGroup.get();
            var duel = new Votes(true);
            int read = 0;
            for (int i : spreadOrder(windows.size())) {
                String w = windows.get(i);
                duel.add(group.confidences(w), w.length());
                if (++read >= DUEL_MIN_WINDOWS && duel.leaderShare() >= DUEL_DECIDED_SHARE) break;
            }
            votes.split(closeGroupOf.get(Language.values()[top]), duel);
        }
        return votes.guess();
    }

    /**
     * Whether every chunk's trigram evidence names the same language far ahead of the rest, and that
     * language has no close group: Lingua would then only confirm it (see {@link #CLEAR_LEAD_PER_TRIGRAM}).
     */
    private boolean allClearlyOneLanguage(List<TrigramShortlist.Evidence> evidence) {
        Language leader = null;
        for (var e : evidence) {
            if (e.trigrams() < CLEAR_MIN_TRIGRAMS || e.leadPerTrigram() < CLEAR_LEAD_PER_TRIGRAM) return false;
            Language l = shortlist.leader(e);
            if (leader != null && l != leader) return false;
            leader = l;
        }
        return leader != null && !closeGroupOf.containsKey(leader);
    }

    /**
     * A close group's high-accuracy scorer, loaded the first time a document needs it (most runs and every
     * one-page command on another language never do: its models take most of a second to read).
     */
    private static final class LazyScorer {
        private final EnumSet<Language> group;
        private volatile CloseGroupScorer scorer;

        LazyScorer(Set<Language> group) {
            this.group = EnumSet.copyOf(group);
        }

        CloseGroupScorer get() {
            CloseGroupScorer s = scorer;
            if (s != null) return s;
            synchronized (this) {
                if (scorer == null) scorer = CloseGroupScorer.load(group);
                return scorer;
            }
        }
    }

    /**
     * Weights per language from chunks' confidence values: a chunk adds its length to its top language, or
     * (when {@code byMargin}) its {@code length × margin}, the margin being {@code 1 -} the runner-up's
     * relative confidence.
     */
    private static final class Votes {
        final double[] weight = new double[Language.values().length];
        final int[] runnerUps = new int[weight.length];
        final boolean byMargin;

        Votes(boolean byMargin) {
            this.byMargin = byMargin;
        }

        void add(SortedMap<Language, Double> conf, int length) {
            if (conf.isEmpty()) return;
            Iterator<Map.Entry<Language, Double>> it = conf.entrySet().iterator();
            Language top = it.next().getKey();
            double margin = MAX_MARGIN;
            if (it.hasNext()) {
                var second = it.next();
                margin = Math.min(MAX_MARGIN, 1.0 - second.getValue());
                runnerUps[second.getKey().ordinal()]++;
            }
            // A tie still narrows the text to these languages: a sliver of weight keeps it from being unknown.
            weight[top.ordinal()] += byMargin ? length * Math.max(margin, MIN_MARGIN) : length;
        }

        /** A chunk decided by its trigram evidence alone: its length to {@code top}, a runner-up count to {@code second}. */
        void add(Language top, Language second, int length) {
            if (second != null) runnerUps[second.ordinal()]++;
            weight[top.ordinal()] += length;
        }

        int best() {
            return argMax(weight, -1);
        }

        /** The leader's share of the weight so far; 0 before any. */
        double leaderShare() {
            double total = 0;
            double max = 0;
            for (double w : weight) {
                total += w;
                max = Math.max(max, w);
            }
            return total == 0 ? 0 : max / total;
        }

        /** Shares the weight of a close group among its members as the duel of its high-accuracy detector says. */
        void split(Set<Language> group, Votes duel) {
            double groupWeight = 0;
            double duelWeight = 0;
            for (Language l : group) {
                groupWeight += weight[l.ordinal()];
                duelWeight += duel.weight[l.ordinal()];
            }
            if (duelWeight == 0) return;
            for (Language l : group) {
                weight[l.ordinal()] = groupWeight * duel.weight[l.ordinal()] / duelWeight;
                runnerUps[l.ordinal()] += duel.runnerUps[l.ordinal()];
            }
        }

        LanguageGuess guess() {
            int best = best();
            double total = 0;
            for (double w : weight) total += w;
            int second = argMax(weight, best);
            double secondScore = second < 0 ? 0 : weight[second] / total;
            if (second < 0) second = argMax(runnerUps, best);
            Language[] all = Language.values();
            String runnerUp = second < 0 ? LanguageGuess.UNKNOWN.code() : LinguaCodes.code(all[second]);
            return new LanguageGuess(LinguaCodes.code(all[best]), weight[best] / total, runnerUp, secondScore);
        }

        private static int argMax(double[] xs, int except) {
            int best = -1;
            for (int i = 0; i < xs.length; i++) {
                if (i != except && xs[i] > 0 && (best < 0 || xs[i] > xs[best])) best = i;
            }
            return best;
        }

        private static int argMax(int[] xs, int except) {
            int best = -1;
            for (int i = 0; i < xs.length; i++) {
                if (i != except && xs[i] > 0 && (best < 0 || xs[i] > xs[best])) best = i;
            }
            return best;
        }
    }

    /**
     * Lingua restricted to the shortlists of these chunks' trigram evidence (each chunk its own, so that every
     * language of a mixed document is a candidate) and to their close groups; or to every language when there
     * is no evidence (not Latin script, or no shortlist).
     */
    private LanguageDetector detectorFor(List<TrigramShortlist.Evidence> evidence, int size) {
        if (evidence == null) return everyLanguage;
        EnumSet<Language> candidates = EnumSet.noneOf(Language.class);
        for (var e : evidence) candidates.addAll(shortlist.top(e, size));
        for (Language l : EnumSet.copyOf(candidates)) {
            Set<Language> group = closeGroupOf.get(l);
            if (group != null) candidates.addAll(group);
        }
        // Fewer than two: no trigram evidence, where Lingua's rules are quick.
        if (candidates.size() < 2) return everyLanguage;
        LanguageDetector cached = detectors.get(candidates);
        if (cached != null) return cached;
        LanguageDetector built = builder(candidates, options.accuracy()).build();
        if (detectors.size() < MAX_CACHED_DETECTORS) {
            LanguageDetector raced = detectors.putIfAbsent(candidates, built);
            if (raced != null) return raced;
        }
        return built;
    }

    /**
     * 0 … n-1 in van der Corput order (by their bits reversed): 0, n/2, n/4, 3n/4…, so that any prefix
     * samples the whole document.
     */
    static int[] spreadOrder(int n) {
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Integer.compareUnsigned(Integer.reverse(a), Integer.reverse(b)))
                .mapToInt(Integer::intValue).toArray();
    }

    private static LanguageDetectorBuilder builder(Set<Language> langs, Accuracy accuracy) {
        var b = LanguageDetectorBuilder.fromLanguages(langs.toArray(new Language[0]));
        return accuracy == Accuracy.LOW ? b.withLowAccuracyMode() : b;
    }

    @Override
    public String toString() {
        return "LinguaIdentifier[" + options + "]";
    }
}
