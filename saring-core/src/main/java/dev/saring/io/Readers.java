package dev.saring.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the input files of a run and opens a {@link DocumentReader} on each.
 *
 * <pre>{@code
 * List<InputFile> inputs = Readers.expand(List.of("crawl/", "extra/*.jsonl.zst"));
 * List<InputError> problems = new ArrayList<>();
 * for (InputFile f : inputs) {
 *     try (DocumentReader r = Readers.open(f, InputFormat.AUTO, ReaderOptions.DEFAULTS, problems::add)) {
 *         r.documents().forEach(d -> System.out.println(d.id()));
 *     }
 * }
 * }</pre>
 *
 * <p>Error kinds reported by the readers: {@code unreadable}, {@code empty-file}, {@code too-large},
 * {@code truncated} (the data stops early), {@code corrupt} (compressed data that cannot be decoded, or no
 * intact record after damage), {@code bad-record} (a WARC record or HTTP message that cannot be parsed),
 * {@code unsupported-encoding}, {@code invalid-utf8} (the document is kept, bad bytes replaced),
 * {@code bad-json} and {@code no-text} (JSONL), {@code bad-csv} and {@code no-text} (CSV, TSV).
 *
 * <p>Offsets in sources and errors: for gzip WARC files the offset of the record's gzip member in the file,
 * for plain WARC files the record's byte offset; for zstd WARC files and for compressed JSONL, CSV, HTML and text
 * files the offset in the decompressed bytes (a compressed stream has no other address for a line).
 */
public final class Readers {

    private static final String GLOB_CHARS = "*?[{";
    private static final String ANY_DIRS = "**/";
    /** A glob with more {@code **}/ than this is matched as written only (each one doubles the variants). */
    private static final int MAX_ANY_DIRS_VARIANTS = 4;
    private static final int SNIFF_BYTES = 64;

    private Readers() {
    }

    /**
     * The input files named by {@code args}, each a file, a directory (walked recursively; hidden files and
     * folders and marker files such as {@code _SUCCESS}, i.e. names starting with {@code .} or {@code _}, are
     * left out) or a glob ({@code crawl/*.warc.gz}, {@code crawl/**}{@code /*.warc.gz}, where {@code **} also
     * matches no folder at all). Sorted by name, with {@link InputFile#shard()} the position in that order; a
     * file named twice is listed once. Names are the argument as given for a file and the argument joined
     * with the relative path for files found under a directory or by a glob, always with {@code /}.
     *
     * @throws NoSuchFileException for a path that does not exist or a glob that matches no file
     */
    public static List<InputFile> expand(List<String> args) throws IOException {
        record Found(Path path, String name) {
        }
        var found = new ArrayList<Found>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isRegularFile(p)) {
                found.add(new Found(p, slashes(arg)));
            } else if (Files.isDirectory(p)) {
                for (Path member : walk(p, rel -> true)) found.add(new Found(member, join(arg, p.relativize(member))));
            } else if (isGlob(arg)) {
                var matched = glob(arg);
                if (matched.isEmpty()) throw new NoSuchFileException(arg, null, "the pattern matches no file");
                for (var m : matched) found.add(new Found(m.path(), m.name()));
            } else {
                throw new NoSuchFileException(arg, null, "no such file or directory");
            }
        }
        found.sort(Comparator.comparing(Found::name));
        var seen = new HashSet<Path>();
        var out = new ArrayList<InputFile>();
        for (Found f : found) {
            if (!seen.add(identity(f.path()))) continue;
            out.add(new InputFile(f.path(), f.name(), out.size()));
        }
        return List.copyOf(out);
    }

    /**
     * A reader of one file. {@link InputFormat#AUTO} chooses by name ({@code .warc}, {@code .arc} → WARC;
     * {@code .wet} → WET; {@code .jsonl}, {@code .json}, {@code .ndjson} → JSONL; {@code .csv} → CSV; {@code .tsv} → TSV; {@code .html}, {@code .htm}
     * → HTML; {@code .txt} → TEXT; each optionally {@code .gz}, {@code .zst}), then by the first decompressed
     * bytes ({@code WARC/} → WARC, <code>{</code> or {@code [} → JSONL, {@code <} → HTML, else TEXT). Compression is
     * always told from the bytes. Never throws for bad input: a file that cannot be opened is reported as
     * {@code unreadable}, an empty one as {@code empty-file}, and the reader returned is empty; only a
     * fail-fast {@code errors} handler throws ({@link InputException}).
     */
    public static DocumentReader open(InputFile f, InputFormat fmt, ReaderOptions o, InputErrorHandler errors) {
        return open(f, InputSplit.whole(f.shard()), fmt, o, errors);
    }

    /**
     * A reader of one split of a file (see {@link InputSplits}): the records that start inside it, with
     * the offsets, line numbers and ids they have in the whole file, and {@code split.shard()} as their
     * {@link dev.saring.model.Source#shard()}. Otherwise as {@link #open(InputFile, InputFormat, ReaderOptions, InputErrorHandler)}.
     */
    public static DocumentReader open(InputFile f, InputSplit split, InputFormat fmt, ReaderOptions o, InputErrorHandler errors) {
        FileChannel channel = null;
        try {
            if (!Files.isRegularFile(f.path())) {
                throw new NoSuchFileException(f.name(), null, Files.exists(f.path()) ? "not a regular file" : "no such file");
            }
            channel = FileChannel.open(f.path());
            if (channel.size() == 0) {
                channel.close();
                errors.onError(InputError.atOffset(f.name(), 0, "empty-file", "the file is empty"));
                return new EmptyReader();
            }
            InputFormat format = fmt == InputFormat.AUTO ? detect(f) : fmt;
            boolean part = !split.covers(channel.size());
            if (part && format != InputFormat.WARC && format != InputFormat.WET && format != InputFormat.JSONL) {
                throw new IllegalArgumentException(format + " files are read whole, not in splits (" + f.name() + ")");
            }
            return switch (format) {
                case WARC, WET -> new WarcDocumentReader(f, split, channel, o, errors);
                case JSONL -> new JsonlDocumentReader(f, split, part, part ? range(channel, split) : Channels.newInputStream(channel), o, errors);
                case CSV -> new CsvDocumentReader(f, split.shard(), Channels.newInputStream(channel), ',', o, errors);
                case TSV -> new CsvDocumentReader(f, split.shard(), Channels.newInputStream(channel), '\t', o, errors);
                case HTML, TEXT -> new WholeFileReader(f, split.shard(), format, Channels.newInputStream(channel), o, errors);
                case AUTO -> throw new IllegalStateException("detect() never answers AUTO");
            };
        } catch (IOException e) {
            closeQuietly(channel);
            errors.onError(InputError.atOffset(f.name(), -1, "unreadable", ErrorText.of(e)));
            return new EmptyReader();
        }
    }

    /** The bytes of a split: from its start to its end (or the end of the file). */
    private static InputStream range(FileChannel channel, InputSplit split) throws IOException {
        channel.position(split.start());
        long length = split.length(channel.size());
        InputStream all = Channels.newInputStream(channel);
        return new java.io.FilterInputStream(all) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) return -1;
                int b = super.read();
                if (b >= 0) left--;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) return -1;
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long k = super.skip(Math.min(n, left));
                left -= k;
                return k;
            }
        };
    }

    /** The format of a file for {@link InputFormat#AUTO}: by name, else by its first decompressed bytes. */
    public static InputFormat detect(InputFile f) throws IOException {
        InputFormat byName = byName(f.name());
        return byName != null ? byName : sniff(f.path());
    }

    private static InputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".gz", ".zst", ".zstd")) {
            if (n.endsWith(suffix)) {
                n = n.substring(0, n.length() - suffix.length());
                break;
            }
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) return InputFormat.WARC;
        if (n.endsWith(".wet")) return InputFormat.WET;
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return InputFormat.JSONL;
        if (n.endsWith(".csv")) return InputFormat.CSV;
        if (n.endsWith(".tsv")) return InputFormat.TSV;
        if (n.endsWith(".html") || n.endsWith(".htm")) return InputFormat.HTML;
        if (n.endsWith(".txt")) return InputFormat.TEXT;
        return null;
    }

    private static InputFormat sniff(Path path) throws IOException {
        byte[] head;
        try (InputStream in = Compression.open(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException unreadableContent) {
            // Bad compressed data: the text reader reports it with its offset.
            return InputFormat.TEXT;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/") || start.startsWith("filedesc://")) return InputFormat.WARC;
        String trimmed = start.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "");
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) return InputFormat.JSONL;
        if (trimmed.startsWith("<")) return InputFormat.HTML;
        return InputFormat.TEXT;
    }

    private static boolean isGlob(String arg) {
        for (int i = 0; i < arg.length(); i++) if (GLOB_CHARS.indexOf(arg.charAt(i)) >= 0) return true;
        return false;
    }

    private record Match(Path path, String name) {
    }

    /** Files matching a glob: the folders before the first glob character are walked, the rest is matched. */
    private static List<Match> glob(String arg) throws IOException {
        String pattern = slashes(arg);
        int firstGlob = 0;
        while (GLOB_CHARS.indexOf(pattern.charAt(firstGlob)) < 0) firstGlob++;
        int cut = pattern.lastIndexOf('/', firstGlob);
        String baseArg = cut < 0 ? "" : pattern.substring(0, cut + 1);
        String rest = pattern.substring(cut + 1);
        Path base = baseArg.isEmpty() ? Path.of("") : Path.of(baseArg);
        if (!Files.isDirectory(base)) return List.of();
        List<PathMatcher> matchers = new ArrayList<>();
        for (String variant : anyDirsVariants(rest)) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        var out = new ArrayList<Match>();
        for (Path member : walk(base, rel -> matchers.stream().anyMatch(m -> m.matches(rel)))) {
            out.add(new Match(member, baseArg + slashes(base.relativize(member).toString())));
        }
        return out;
    }

    /** The pattern, and the pattern with each {@code **}/ dropped, so that {@code **} matches no folder too. */
    private static Set<String> anyDirsVariants(String pattern) {
        var variants = new LinkedHashSet<String>();
        variants.add(pattern);
        var queue = new ArrayList<>(List.of(pattern));
        while (!queue.isEmpty() && variants.size() < (1 << MAX_ANY_DIRS_VARIANTS)) {
            String p = queue.remove(queue.size() - 1);
            for (int i = p.indexOf(ANY_DIRS); i >= 0; i = p.indexOf(ANY_DIRS, i + 1)) {
                String v = p.substring(0, i) + p.substring(i + ANY_DIRS.length());
                if (variants.add(v)) queue.add(v);
            }
        }
        return variants;
    }

    /** Regular files under {@code dir} whose path relative to it is accepted, skipping hidden and marker names. */
    private static List<Path> walk(Path dir, Predicate<Path> accept) throws IOException {
        var out = new ArrayList<Path>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && accept.test(dir.relativize(file))) out.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A folder link that loops back, or a folder we may not read: not an input.
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString();
        return n.startsWith(".") || n.startsWith("_");
    }

    private static String join(String dirArg, Path relative) {
        String d = slashes(dirArg);
        String r = slashes(relative.toString());
        return d.endsWith("/") ? d + r : d + "/" + r;
    }

    private static String slashes(String s) {
        return s.replace(File.separatorChar, '/');
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }
}
