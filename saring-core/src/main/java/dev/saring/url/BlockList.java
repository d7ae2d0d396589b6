package dev.saring.url;

import dev.saring.dedup.Murmur3;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Blocked domains and URLs from lists that users bring: UT1's layout (a folder of categories, each with a
 * {@code domains} and a {@code urls} file, also gzipped) or plain lists, one entry a line ({@code #}
 * comments; a line with a {@code /} is a URL, any other a domain).
 *
 * <p>Entries are kept as 64-bit hashes in sorted arrays: UT1's adult category alone has millions of
 * domains, and 8 bytes an entry keeps that in tens of megabytes. Immutable and safe to share across threads.
 *
 * <pre>{@code
 * BlockList list = BlockList.load(List.of(Path.of("ut1")), Set.of("adult", "phishing"));
 * list.hasDomain("ads.example.com");   // true when listed
 * }</pre>
 */
public final class BlockList {

    /** No domain, no URL. */
    public static final BlockList EMPTY = new BlockList(new long[0], new long[0]);

    private final long[] domains;
    private final long[] urls;

    private BlockList(long[] domains, long[] urls) {
        this.domains = domains;
        this.urls = urls;
    }

    /**
     * The entries of these paths. A folder is read as UT1's layout: its own {@code domains}/{@code urls}
     * files and those of each category folder in it (only the named {@code categories}, or all when that is
     * empty); a file is a plain list.
     *
     * @throws IllegalArgumentException when a path does not exist or a named category is in none of them
     * @throws UncheckedIOException     when a list cannot be read
     */
    public static BlockList load(List<Path> paths, Set<String> categories) {
        var domains = new LongList();
        var urls = new LongList();
        var seenCategories = new java.util.TreeSet<String>();
        var availableCategories = new java.util.TreeSet<String>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("url-filter: block list " + path + " does not exist");
            }
            if (Files.isDirectory(path)) {
                readCategory(path, domains, urls);
                try (Stream<Path> children = Files.list(path)) {
                    for (Path category : children.filter(Files::isDirectory).sorted().toList()) {
                        String name = category.getFileName().toString();
                        availableCategories.add(name);
                        if (!categories.isEmpty() && !categories.contains(name)) continue;
                        seenCategories.add(name);
                        readCategory(category, domains, urls);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("url-filter: cannot list " + path, e);
                }
            } else {
                readLines(path, line -> (line.indexOf('/') >= 0 ? urls : domains).add(line.indexOf('/') >= 0 ? urlKey(line) : domainKey(line)));
            }
        }
        var missing = new java.util.TreeSet<>(categories);
        missing.removeAll(seenCategories);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("url-filter.categories names " + missing + ", which no block-list folder has"
                    + (availableCategories.isEmpty() ? "" : " (found: " + String.join(", ", availableCategories) + ")"));
        }
        return new BlockList(domains.sortedUnique(), urls.sortedUnique());
    }

    /** Whether this exact host (lower case, no trailing dot) is listed. */
    public boolean hasDomain(String host) {
        return domains.length > 0 && Arrays.binarySearch(domains, domainKey(host)) >= 0;
    }

    /** Whether this URL (scheme, {@code www.}, fragment and a trailing slash ignored) is listed. */
    public boolean hasUrl(String url) {
        return urls.length > 0 && Arrays.binarySearch(urls, urlKey(url)) >= 0;
    }

    public int domainCount() {
        return domains.length;
    }

    public int urlCount() {
        return urls.length;
    }

    /** A URL as UT1 lists it: no scheme, no {@code www.}, host in lower case, no fragment, no trailing slash. */
    static String normalizeUrl(String url) {
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0 && scheme < 12) u = u.substring(scheme + 3);
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String rest = slash < 0 ? "" : u.substring(slash);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        return host + rest;
    }

    private static long domainKey(String domain) {
        String d = domain.trim().toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) d = d.substring(0, d.length() - 1);
        return hash(d);
    }

    private static long urlKey(String url) {
        return hash(normalizeUrl(url));
    }

    private static long hash(String s) {
        return Murmur3.hash128Utf8(s).h1();
    }

    private static void readCategory(Path folder, LongList domains, LongList urls) {
        for (String name : List.of("domains", "domains.gz")) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) readLines(p, line -> domains.add(domainKey(line)));
        }
        for (String name : List.of("urls", "urls.gz")) {
            Path p = folder.resolve(name);
            if (Files.isRegularFile(p)) readLines(p, line -> urls.add(urlKey(line)));
        }
    }

    private static void readLines(Path path, Consumer<String> entry) {
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                entry.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("url-filter: cannot read block list " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "BlockList[domains=" + domains.length + ", urls=" + urls.length + "]";
    }

    /** A growable long array: the lists are read once, then sorted. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        long[] sortedUnique() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            int n = 0;
            for (int i = 0; i < out.length; i++) if (n == 0 || out[i] != out[n - 1]) out[n++] = out[i];
            return Arrays.copyOf(out, n);
        }
    }
}
