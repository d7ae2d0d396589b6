package dev.saring.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.saring.io.AtomicFile;
import dev.saring.io.DocumentJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Renders a run's report: one self-contained HTML file (styles, Chart.js and the data inline, nothing
 * fetched), from a Mustache template that escapes every value. A Content-Security-Policy lets only the
 * page's own two scripts run (by hash) and forbids every request, so that even text that escaped
 * escaping could neither run nor call out.
 *
 * <pre>{@code
 * Path html = ReportPage.write(Path.of("out"), Map.of("saring", "0.1.0"));   // out/report.html
 * }</pre>
 */
public final class ReportPage {

    public static final String FILE = "report.html";
    private static final String ROOT = "dev/saring/cli/report/";
    private static final String CHART_JS = chartJs();
    private static final String SCRIPT = resource(ROOT + "report.js");
    private static final String STYLE = resource(ROOT + "report.css");
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(ROOT).compile("report.mustache");

    private ReportPage() {
    }

    /**
     * Reads the run in {@code dir} and writes {@code dir/report.html}; returns its path.
     *
     * @param versions names and versions of what made the run, shown with the config
     */
    public static Path write(Path dir, Map<String, String> versions) throws IOException {
        String html = render(RunFolder.read(dir), versions);
        Path out = dir.resolve(FILE);
        try (var f = AtomicFile.create(out)) {
            f.stream().write(html.getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        return out;
    }

    /** The report's HTML. */
    public static String render(RunFolder run, Map<String, String> versions) throws IOException {
        var all = new ArrayList<ReportView.Version>();
        versions.forEach((k, v) -> all.add(new ReportView.Version(k, v)));
        all.add(new ReportView.Version("Chart.js", chartJsVersion()));
        all.add(new ReportView.Version("Java", System.getProperty("java.version")));
        var view = new ReportView(run, all);
        Map<String, Object> scope = new HashMap<>();
        scope.put("view", view);
        scope.put("boxes", view.boxes);
        scope.put("css", STYLE);
        scope.put("chartJs", CHART_JS);
        scope.put("script", SCRIPT);
        scope.put("data", dataJson(view));
        scope.put("csp", "default-src 'none'; script-src " + hash(CHART_JS) + " " + hash(SCRIPT)
                + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        var w = new StringWriter();
        TEMPLATE.execute(w, scope).flush();
        return w.toString();
    }

    /** The charts as JSON, safe inside a script element: no {@code <}, {@code >} or {@code &} left unescaped. */
    private static String dataJson(ReportView view) throws IOException {
        var w = new StringWriter();
        try (JsonGenerator g = DocumentJson.FACTORY.createGenerator(w)) {
            g.setCharacterEscapes(new ScriptSafeEscapes());
            g.writeStartObject();
            g.writeFieldName("charts");
            DocumentJson.MAPPER.writeValue(g, view.charts);
            g.writeEndObject();
        }
        return w.toString();
    }

    private static String hash(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String chartJs() {
        // the minified build without its source-map comment: nothing for a browser to fetch
        String js = resource("META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js");
        return js.replaceAll("\\n//# sourceMappingURL=\\S*\\s*$", "\n");
    }

    static String chartJsVersion() {
        try (InputStream in = open("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            var p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("missing resource " + name + ": the jar is incomplete");
        return in;
    }

    /** JSON escapes for text inside {@code <script>}: markup characters and JavaScript's line separators. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
