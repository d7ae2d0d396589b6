package dev.saring.cli;

import dev.saring.clean.LineCleaner;
import dev.saring.clean.LineCleaners;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code saring clean}: removes page furniture from extracted text.
 *
 * <pre>
 * saring clean page.txt                 # the kept text
 * saring clean page.txt --explain       # every line: number, keep/drop, role, reason, text
 * cat page.txt | saring clean -
 * saring clean pages/ more.txt -o out   # many files on all cores: out/&lt;same relative path&gt;
 * </pre>
 */
@Command(name = "clean",
        mixinStandardHelpOptions = true,
        description = {"Removes page furniture (menus, related links, headline lists, markers, credits) from extracted text.",
                "With one FILE (or - or nothing: standard input) prints the kept text; with -o DIR cleans every FILE and "
                        + "every file of every DIR on all cores and writes DIR/<same relative path>."},
        footer = {"", "Examples:", "  saring clean page.txt --explain", "  saring clean pages/ -o clean-pages"})
public final class CleanCommand implements Callable<Integer> {

    private static final String STDIN = "-";
    private static final String RESET = "\u001B[0m";
    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String DIM = "\u001B[2m";
    private static final double NANOS_PER_SECOND = 1e9;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Text files, folders of them, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--explain", description = "Print every line with its number, keep/drop, role and reason.")
    boolean explain;

    @Option(names = "--no-color", description = "No ANSI colours in --explain, even on a terminal.")
    boolean noColor;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Clean many files into DIR, one output file per input file.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for -o (default: all cores).")
    int threads;

    @Option(names = "--cleaner", paramLabel = "NAME", defaultValue = "saring",
            description = "Line cleaner: saring, c4 or refinedweb (default: ${DEFAULT-VALUE}).")
    String cleaner;

    @Option(names = "--include", paramLabel = "GLOB", defaultValue = "*.txt",
            description = "Which files of a folder are cleaned (default: ${DEFAULT-VALUE}).")
    String include;

    @Spec
    CommandSpec spec;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    /** Whether --explain may colour its output: a terminal, and no --no-color. */
    boolean colour() {
        return !noColor && System.console() != null;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Step step;
        try {
            step = LineCleaners.named(cleaner);
        } catch (IllegalArgumentException e) {
            err.println("saring clean: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (output != null) {
            if (explain) {
                err.println("saring clean: --explain prints one file; it does not go with -o");
                return ExitCodes.USAGE;
            }
            return cleanMany(step, out, err);
        }
        if (inputs.size() > 1) {
            err.println("saring clean: " + inputs.size() + " inputs need -o DIR (one output file per input)");
            return ExitCodes.USAGE;
        }
        String in = inputs.isEmpty() ? STDIN : inputs.get(0);
        String text;
        try {
            if (in.equals(STDIN)) {
                text = decode(stdin.readAllBytes());
            } else if (Files.isDirectory(Path.of(in))) {
                err.println("saring clean: " + in + " is a folder: give -o DIR to clean its files");
                return ExitCodes.USAGE;
            } else {
                text = decode(Files.readAllBytes(Path.of(in)));
            }
        } catch (IOException e) {
            err.println("saring clean: cannot read " + in + ": " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        Document doc = clean(step, in, 0, text);
        if (explain) explain(doc, out);
        else {
            out.print(doc.text());
            if (!doc.text().isEmpty()) out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Document clean(Step step, String file, long index, String text) {
        Outcome o = step.apply(Document.ofText(file, Source.atOffset(file, 0, index, 0), text));
        Document d = o.document();
        return o instanceof Outcome.Dropped ? d.withBlocks(List.of()) : d;
    }

    /** Reads bytes as UTF-8, replacing what is not valid UTF-8. */
    static String decode(byte[] bytes) throws IOException {
        var dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return dec.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private void explain(Document doc, PrintWriter out) {
        List<Block> blocks = doc.blocks();
        boolean colour = colour();
        int numWidth = String.valueOf(Math.max(1, blocks.size())).length();
        int roleWidth = 0;
        int reasonWidth = 0;
        for (Block b : blocks) {
            roleWidth = Math.max(roleWidth, b.role().label().length());
            reasonWidth = Math.max(reasonWidth, b.decision().reason().length());
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean kept = b.isKept();
            String decision = kept ? "keep" : "drop";
            var sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%" + numWidth + "d  ", i + 1));
            sb.append(colour ? (kept ? GREEN : RED) + decision + RESET : decision).append("  ");
            sb.append(pad(b.role().label(), roleWidth)).append("  ");
            sb.append(pad(b.decision().reason(), reasonWidth)).append("  ");
            sb.append(colour && !kept ? DIM + b.text() + RESET : b.text());
            out.println(sb.toString().stripTrailing());
        }
        doc.meta().get(LineCleaner.CREDITS_META).ifPresent(c -> out.println("credits: " + c));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    // ---- many files ----

    private int cleanMany(Step step, PrintWriter out, PrintWriter err) throws InterruptedException, IOException {
        Map<Path, Path> files;
        try {
            files = listInputs();
        } catch (IllegalArgumentException e) {
            err.println("saring clean: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (files.isEmpty()) {
            err.println("saring clean: no input files");
            return ExitCodes.NO_INPUT;
        }
        Files.createDirectories(output);
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        var results = new ArrayList<Future<long[]>>();
        long index = 0;
        for (var e : files.entrySet()) {
            Path in = e.getKey();
            Path target = output.resolve(e.getValue());
            long idx = index++;
            results.add(pool.submit(() -> cleanFile(step, in, target, idx)));
        }
        pool.shutdown();
        int done = 0;
        long kept = 0;
        long lines = 0;
        int failed = 0;
        var inputsInOrder = new ArrayList<>(files.keySet());
        for (int i = 0; i < results.size(); i++) {
            try {
                long[] r = results.get(i).get();
                done++;
                kept += r[0];
                lines += r[1];
            } catch (ExecutionException e) {
                failed++;
                Throwable cause = e.getCause();
                err.println("saring clean: " + inputsInOrder.get(i) + ": " + (cause == null ? e : cause.getMessage()));
            }
        }
        double secs = (System.nanoTime() - start) / NANOS_PER_SECOND;
        err.printf(Locale.ROOT, "cleaned %d files (%d of %d lines kept) on %d threads in %.1f s%s%n",
                done, kept, lines, n, secs, failed > 0 ? "; " + failed + " could not be read" : "");
        err.flush();
        out.flush();
        return done == 0 ? ExitCodes.NO_INPUT : ExitCodes.OK;
    }

    /** Input file → output path relative to the output folder, in a stable order. */
    private Map<Path, Path> listInputs() throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + include);
        var out = new LinkedHashMap<Path, Path>();
        var targets = new LinkedHashMap<Path, Path>();
        for (String name : inputs) {
            if (name.equals(STDIN)) throw new IllegalArgumentException("- (standard input) does not go with -o");
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).filter(f -> matcher.matches(f.getFileName())).sorted().toList()) {
                        add(out, targets, f, p.relativize(f));
                    }
                }
            } else {
                add(out, targets, p, p.getFileName());
            }
        }
        return out;
    }

    private static void add(Map<Path, Path> out, Map<Path, Path> targets, Path in, Path rel) {
        Path earlier = targets.putIfAbsent(rel, in);
        if (earlier != null && !earlier.equals(in)) {
            throw new IllegalArgumentException(earlier + " and " + in + " would both be written to " + rel);
        }
        out.put(in, rel);
    }

    /** Cleans one file into {@code target}; returns {kept lines, lines}. */
    private static long[] cleanFile(Step step, Path in, Path target, long index) throws IOException {
        String text = decode(Files.readAllBytes(in));
        Document d = clean(step, in.toString(), index, text);
        Path parent = target.getParent();
        if (parent != null) Files.createDirectories(parent);
        String body = d.text().isEmpty() ? "" : d.text() + "\n";
        Files.writeString(target, body, StandardCharsets.UTF_8);
        long kept = d.blocks().stream().filter(Block::isKept).count();
        return new long[] {kept, d.blocks().size()};
    }
}
