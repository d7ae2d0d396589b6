package dev.saring.cli;

import dev.saring.extract.MainContentExtractor;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.RawContent;
import dev.saring.model.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code saring extract}: the main content of HTML pages. One page (a file, or {@code -} / nothing for
 * standard input) prints its text, or with {@code --json} its title, date, author, language hint,
 * canonical URL, page type (and what it was recognised from), text and blocks with roles and decisions.
 * Several pages or folders (also {@code .html.gz}) with {@code -o OUT} write {@code OUT/<name>.txt} (or
 * {@code .json}) per page, where {@code <name>} is the input file name without {@code .gz} and {@code .html}, in one JVM on all cores.
 *
 * <pre>{@code
 * saring extract page.html
 * curl -s https://example.id/berita | saring extract --url https://example.id/berita --json
 * saring extract pages/ -o out --json
 * }</pre>
 */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {"Extracts the main content of HTML pages: text, title, date, author and blocks with roles.",
                "One page prints to standard output; many pages or folders need -o."},
        footer = {"", "Examples:", "  saring extract page.html", "  saring extract page.html.gz --json",
                "  saring extract pages/ -o out"})
public final class ExtractCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-", description = "HTML pages (.html, .htm, .html.gz) or folders of them; - or nothing: standard input")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--url", paramLabel = "U", description = "Address of the page (one page only): kept as the document's url")
    String url;

    @Option(names = "--json", description = "JSON with title, date, author, lang_hint, canonical_url, page_type (and its evidence), text and blocks")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Folder to write <name>.txt or <name>.json per page into")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for many pages (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final MainContentExtractor extractor = MainContentExtractor.defaults();
    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("saring extract: --threads must be >= 1, was " + threads);
            return ExitCodes.USAGE;
        }
        boolean fromStdin = inputs.isEmpty() || inputs.size() == 1 && STDIN.equals(inputs.get(0));
        if (fromStdin) {
            byte[] html = HtmlInputs.read(stdin);
            return printOne(html, "-", out, err);
        }
        if (inputs.contains(STDIN)) {
            err.println("saring extract: - (standard input) cannot be mixed with files");
            return ExitCodes.USAGE;
        }
        List<Path> given = inputs.stream().map(Path::of).toList();
        for (Path p : given) {
            if (!Files.exists(p)) {
                err.println("saring extract: no such file or folder: " + p);
                return ExitCodes.NO_INPUT;
            }
        }
        if (output == null) {
            if (given.size() == 1 && Files.isRegularFile(given.get(0))) {
                return printOne(HtmlInputs.read(given.get(0)), given.get(0).toString(), out, err);
            }
            err.println("saring extract: several pages or a folder need -o OUT");
            return ExitCodes.USAGE;
        }
        if (url != null) {
            err.println("saring extract: --url names one page; it cannot be used with -o");
            return ExitCodes.USAGE;
        }
        List<Path> files = HtmlInputs.expand(given);
        if (files.isEmpty()) {
            err.println("saring extract: no HTML files (.html, .htm, .html.gz) in " + inputs);
            return ExitCodes.NO_INPUT;
        }
        Files.createDirectories(output);
        return writeAll(files, out, err);
    }

    private int printOne(byte[] html, String name, PrintWriter out, PrintWriter err) {
        Outcome o = extract(html, name, url);
        if (json) {
            out.println(ExtractionJson.of(o));
        } else {
            if (!o.document().text().isEmpty()) out.println(o.document().text());
        }
        if (o instanceof Outcome.Dropped d) err.println("saring extract: " + name + ": no content (" + d.reason() + ")");
        out.flush();
        return ExitCodes.OK;
    }

    private Outcome extract(byte[] html, String name, String pageUrl) {
        Document doc = Document.ofRaw(name, Source.atOffset(name, 0, 0, 0), new RawContent(html, "text/html", null));
        if (pageUrl != null) doc = doc.withUrl(pageUrl);
        return extractor.apply(doc);
    }

    private int writeAll(List<Path> files, PrintWriter out, PrintWriter err) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        var results = new ArrayList<Future<String>>();
        try {
            for (Path f : files) results.add(pool.submit(() -> writeOne(f)));
            int written = 0;
            int empty = 0;
            int failed = 0;
            for (int i = 0; i < files.size(); i++) {
                try {
                    String problem = results.get(i).get();
                    written++;
                    if (problem != null) {
                        empty++;
                        err.println("saring extract: " + files.get(i) + ": no content (" + problem + ")");
                    }
                } catch (ExecutionException e) {
                    failed++;
                    err.println("saring extract: " + files.get(i) + ": " + e.getCause().getMessage());
                }
            }
            out.println(written + " pages written to " + output + (empty > 0 ? ", " + empty + " without content" : "")
                    + (failed > 0 ? ", " + failed + " unreadable" : ""));
            out.flush();
            return written == 0 ? ExitCodes.NO_INPUT : ExitCodes.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one page's output; returns the drop reason when it had no content, else null. */
    private String writeOne(Path file) {
        Outcome o = extract(HtmlInputs.read(file), file.toString(), null);
        String name = HtmlInputs.stem(file) + (json ? ".json" : ".txt");
        String body = json ? ExtractionJson.of(o) + "\n" : o.document().text() + (o.document().text().isEmpty() ? "" : "\n");
        try {
            Files.writeString(output.resolve(name), body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output.resolve(name) + ": " + e.getMessage(), e);
        }
        return o instanceof Outcome.Dropped d ? d.reason() : null;
    }

    /** Runs the command alone: {@code java -cp saring.jar dev.saring.cli.ExtractCommand page.html}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}
