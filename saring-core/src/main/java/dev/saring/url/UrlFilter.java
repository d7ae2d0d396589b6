package dev.saring.url;

import com.google.common.net.InternetDomainName;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Step;
import org.ahocorasick.trie.Trie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * FineWeb's first step: drops a document by its URL alone, before any work is spent on its page. In the
 * order datatrove's {@code URLFilter} checks them:
 * <ol>
 *   <li>{@code url:blocked-domain}: the host, or a parent domain of it down to the registrable domain (by the
 *       public suffix list), is on a user's block list;</li>
 *   <li>{@code url:blocked-url}: the URL itself is on a block list;</li>
 *   <li>{@code url:banned-word}: a word of the URL (split at every run of characters other than ASCII
 *       letters and digits) is a banned word;</li>
 *   <li>{@code url:soft-banned-words}: at least {@code soft_word_threshold} (2) distinct soft-banned words;</li>
 *   <li>{@code url:banned-subword}: the URL with everything but letters and digits removed contains a banned
 *       subword (one Aho-Corasick automaton, not a pattern per word).</li>
 * </ol>
 * The default word lists are datatrove's (cited in the resource files). One departure: URL words are
 * compared in lower case, so {@code /Casino-Poker/} counts as {@code /casino-poker/} (datatrove compares
 * the URL's words as written with its lower-cased lists). A document without a URL is kept.
 *
 * <p>Immutable and safe to share across threads.
 *
 * <pre>{@code
 * Step urls = UrlFilter.fromParams(Params.of("url-filter", Map.of("block_lists", "lists/ut1", "categories", "adult")));
 * urls.apply(doc);   // dropped with url:blocked-domain when the host is listed
 * }</pre>
 */
public final class UrlFilter implements Step {

    public static final String NAME = "url-filter";

    private final BlockList blockList;
    private final Set<String> bannedWords;
    private final Set<String> softBannedWords;
    private final Trie bannedSubwords;
    private final int subwordCount;
    private final int softWordThreshold;

    /**
     * @param blockList         blocked domains and URLs ({@link BlockList#EMPTY} for none)
     * @param bannedWords       whole URL words, lower case
     * @param bannedSubwords    substrings of the URL's letters and digits, lower case
     * @param softBannedWords   words of which {@code softWordThreshold} together drop a URL
     * @param softWordThreshold at least 1
     */
    public UrlFilter(BlockList blockList, Set<String> bannedWords, Set<String> bannedSubwords,
                     Set<String> softBannedWords, int softWordThreshold) {
        if (softWordThreshold < 1) throw new IllegalArgumentException("url-filter.soft_word_threshold must be >= 1, was " + softWordThreshold);
        this.blockList = Objects.requireNonNull(blockList, "blockList");
        this.bannedWords = Set.copyOf(bannedWords);
        this.softBannedWords = Set.copyOf(softBannedWords);
        var subwords = new TreeSet<>(bannedSubwords);
        subwords.remove("");
        this.subwordCount = subwords.size();
        this.bannedSubwords = Trie.builder().addKeywords(subwords).stopOnHit().build();
        this.softWordThreshold = softWordThreshold;
    }

    /** datatrove's word lists, no block list. */
    public static UrlFilter defaults() {
        return new UrlFilter(BlockList.EMPTY, defaultList("banned_words.txt"), defaultList("banned_subwords.txt"),
                defaultList("soft_banned_words.txt"), 2);
    }

    /**
     * From settings: {@code block_lists} (comma-separated files or UT1 folders), {@code categories} (UT1
     * categories to read, default all), {@code banned_words_file}, {@code banned_subwords_file},
     * {@code soft_banned_words_file} (lists added to the defaults), {@code default_word_lists} (true: start
     * from datatrove's lists), {@code soft_word_threshold} (2).
     */
    public static UrlFilter fromParams(Params p) {
        List<Path> lists = paths(p.string("block_lists", ""));
        Set<String> categories = new TreeSet<>(items(p.string("categories", "")));
        boolean defaults = p.bool("default_word_lists", true);
        var banned = new HashSet<String>(defaults ? defaultList("banned_words.txt") : Set.of());
        var subwords = new HashSet<String>(defaults ? defaultList("banned_subwords.txt") : Set.of());
        var soft = new HashSet<String>(defaults ? defaultList("soft_banned_words.txt") : Set.of());
        for (Path f : paths(p.string("banned_words_file", ""))) banned.addAll(readList(f));
        for (Path f : paths(p.string("banned_subwords_file", ""))) subwords.addAll(readList(f));
        for (Path f : paths(p.string("soft_banned_words_file", ""))) soft.addAll(readList(f));
        int threshold = p.intIn("soft_word_threshold", 2, 1, 100);
        if (lists.isEmpty() && !categories.isEmpty()) {
            throw new IllegalArgumentException("url-filter.categories is set but url-filter.block_lists is not: name the UT1 folder");
        }
        BlockList blocks = lists.isEmpty() ? BlockList.EMPTY : BlockList.load(lists, categories);
        return new UrlFilter(blocks, banned, subwords, soft, threshold);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Document doc) {
        String url = doc.url().orElse(null);
        if (url == null || url.isBlank()) return Outcome.keep(doc);
        String reason = reasonToDrop(url);
        return reason == null ? Outcome.keep(doc) : Outcome.drop(doc, NAME, reason);
    }

    /** The drop reason for this URL ({@code url:banned-word} …), or null to keep it. */
    public String reasonToDrop(String url) {
        if (blockList.domainCount() > 0) {
            String host = hostOf(url);
            if (!host.isEmpty() && domainListed(host)) return "url:blocked-domain";
        }
        if (blockList.urlCount() > 0 && blockList.hasUrl(url)) return "url:blocked-url";
        var words = words(url);
        for (String w : words) if (bannedWords.contains(w)) return "url:banned-word";
        int soft = 0;
        for (String w : words) if (softBannedWords.contains(w)) soft++;
        if (soft >= softWordThreshold) return "url:soft-banned-words";
        if (subwordCount > 0 && bannedSubwords.containsMatch(lettersAndDigits(url))) return "url:banned-subword";
        return null;
    }

    private boolean domainListed(String host) {
        if (blockList.hasDomain(host)) return true;
        // parents down to the registrable domain: "a.b.example.co.uk" -> "b.example.co.uk", "example.co.uk"
        String registrable = registrableDomain(host);
        if (registrable == null) return false;
        String h = host;
        while (h.length() > registrable.length()) {
            int dot = h.indexOf('.');
            if (dot < 0) break;
            h = h.substring(dot + 1);
            if (blockList.hasDomain(h)) return true;
        }
        return false;
    }

    /**
     * The registrable domain (public suffix plus one label); for a top-level domain the list does not know,
     * the last two labels; null for an IP address, a bare public suffix or an invalid name.
     */
    static String registrableDomain(String host) {
        if (host.isEmpty() || Character.isDigit(host.charAt(host.length() - 1)) || !InternetDomainName.isValid(host)) return null;
        var name = InternetDomainName.from(host);
        if (name.isUnderPublicSuffix()) return name.topPrivateDomain().toString();
        if (name.hasPublicSuffix()) return null;
        var parts = name.parts();
        return parts.size() < 2 ? null : parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
    }

    /** The host of a URL in lower case, without user info, port or trailing dot; "" when it has none. */
    static String hostOf(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) authority = authority.substring(at + 1);
        if (authority.startsWith("[")) return authority.toLowerCase(Locale.ROOT);   // IPv6 literal
        int colon = authority.indexOf(':');
        if (colon >= 0) authority = authority.substring(0, colon);
        if (authority.endsWith(".")) authority = authority.substring(0, authority.length() - 1);
        return authority.toLowerCase(Locale.ROOT);
    }

    /** The URL's words: runs of ASCII letters and digits, lower case. */
    static Set<String> words(String url) {
        var out = new LinkedHashSet<String>();
        int i = 0;
        int n = url.length();
        while (i < n) {
            while (i < n && !isAsciiAlnum(url.charAt(i))) i++;
            int s = i;
            while (i < n && isAsciiAlnum(url.charAt(i))) i++;
            if (i > s) out.add(url.substring(s, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** datatrove's {@code normalize}: everything but ASCII letters and digits removed, lower case. */
    static String lettersAndDigits(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiAlnum(c)) sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static Set<String> defaultList(String resource) {
        try (InputStream in = UrlFilter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource dev/saring/url/" + resource);
            return parseList(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> readList(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parseList(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("url-filter: cannot read word list " + file + ": " + e.getMessage(), e);
        }
    }

    /** One entry a line, {@code #} lines skipped, each normalised as datatrove's {@code load_list} does. */
    private static Set<String> parseList(InputStream in) throws IOException {
        var out = new HashSet<String>();
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            String w = lettersAndDigits(line);
            if (!w.isEmpty()) out.add(w);
        }
        return Collections.unmodifiableSet(out);
    }

    private static List<String> items(String csv) {
        var out = new ArrayList<String>();
        for (String s : csv.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static List<Path> paths(String csv) {
        return items(csv).stream().map(Path::of).toList();
    }

    @Override
    public String toString() {
        return "UrlFilter[" + blockList + ", banned_words=" + bannedWords.size() + ", banned_subwords=" + subwordCount
                + ", soft_banned_words=" + softBannedWords.size() + ", soft_word_threshold=" + softWordThreshold + "]";
    }
}
