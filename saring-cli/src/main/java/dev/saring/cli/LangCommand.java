package dev.saring.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saring.lang.Accuracy;
import dev.saring.lang.LanguageIdentifier;
import dev.saring.lang.LanguageOptions;
import dev.saring.lang.LinguaIdentifier;
import dev.saring.model.LanguageGuess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code saring lang [TEXT|-]}: the language of a text, its score and the runner-up.
 * {@code saring lang --jsonl FILE}: one tab-separated line per document (id, language, score, runner-up),
 * in input order, identified on all cores.
 *
 * <pre>{@code
 * $ saring lang "Presiden meresmikan jalan tol baru."
 * language  score  runner-up  runner-up score
 * id        1.000  ms         0.000
 * }</pre>
 */
@Command(name = "lang", mixinStandardHelpOptions = true,
        description = {"Names the language of a text (argument, or - / nothing for standard input),"
                + " or of every document of a JSONL file (one tab-separated line each: id, language, score, runner-up)."})
public final class LangCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 1;
    static final int EXIT_NO_INPUT = 2;
    /** Documents identified in parallel before their lines are printed, in input order. */
    private static final int BATCH = 512;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT|-", description = "The text; - or nothing reads standard input.")
    String text;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "A JSONL file (- for standard input): one line per document.")
    String jsonl;

    @Option(names = "--text-field", paramLabel = "F", defaultValue = "text", description = "Field of the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "F", defaultValue = "id",
            description = "Field of the id (default: ${DEFAULT-VALUE}; the line number when absent).")
    String idField;

    @Option(names = "--languages", paramLabel = "CODES",
            description = "Only these language models, e.g. id,ms,en (default: all of Lingua's 75).")
    String languages;

    @Option(names = "--high-accuracy", description = "Lingua's high-accuracy mode: better on short texts, slower, more memory.")
    boolean highAccuracy;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --jsonl (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl != null && text != null) {
            err.println("saring lang: give a TEXT or --jsonl FILE, not both");
            return EXIT_USAGE;
        }
        LanguageOptions options;
        try {
            options = options(languages, highAccuracy);
        } catch (IllegalArgumentException e) {
            err.println("saring lang: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (jsonl != null) {
            if (!jsonl.equals("-") && !Files.isReadable(Path.of(jsonl))) {
                err.println("saring lang: cannot read " + jsonl);
                return EXIT_NO_INPUT;
            }
            return identifyJsonl(LinguaIdentifier.load(options), out, err);
        }
        String input = text == null || text.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : text;
        LanguageGuess g = LinguaIdentifier.load(options).identify(input);
        var table = new AlignedTable(List.of("language", "score", "runner-up", "runner-up score"), 1);
        table.row(g.code(), score(g.score()), g.runnerUp(), score(g.runnerUpScore()));
        table.print(out);
        out.flush();
        return EXIT_OK;
    }

    static LanguageOptions options(String languages, boolean high) {
        var o = LanguageOptions.defaults().withModels(LanguageOptions.parseCodes(languages));
        return high ? o.withAccuracy(Accuracy.HIGH) : o;
    }

    private int identifyJsonl(LanguageIdentifier identifier, PrintWriter out, PrintWriter err) throws IOException {
        var mapper = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        int bad = 0;
        try (BufferedReader in = jsonl.equals("-")
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8)) {
            var ids = new ArrayList<String>(BATCH);
            var texts = new ArrayList<String>(BATCH);
            long lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode doc;
                try {
                    doc = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    err.println(jsonl + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
                    bad++;
                    continue;
                }
                JsonNode t = doc == null ? null : doc.get(textField);
                if (t == null || t.isNull()) {
                    err.println(jsonl + ":" + lineNo + ": no field '" + textField + "'");
                    bad++;
                    continue;
                }
                JsonNode id = doc.get(idField);
                ids.add(id == null || id.isNull() ? Long.toString(lineNo) : id.asText());
                texts.add(t.isTextual() ? t.asText() : t.toString());
                if (texts.size() == BATCH) flush(identifier, pool, ids, texts, out);
            }
            flush(identifier, pool, ids, texts, out);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        if (bad > 0) err.println("saring lang: " + bad + " line(s) skipped");
        err.flush();
        return EXIT_OK;
    }

    private static void flush(LanguageIdentifier identifier, ExecutorService pool, List<String> ids, List<String> texts,
                              PrintWriter out) {
        var futures = new ArrayList<Future<LanguageGuess>>(texts.size());
        for (String t : texts) futures.add(pool.submit(() -> identifier.identify(t)));
        for (int i = 0; i < futures.size(); i++) {
            LanguageGuess g = await(futures.get(i));
            out.println(ids.get(i) + "\t" + g.code() + "\t" + score(g.score()) + "\t" + g.runnerUp());
        }
        ids.clear();
        texts.clear();
    }

    private static LanguageGuess await(Future<LanguageGuess> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
