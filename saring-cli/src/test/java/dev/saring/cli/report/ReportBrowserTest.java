package dev.saring.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saring.cli.SaringCommand;
import dev.saring.io.DocumentJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report in a real browser (headless Chromium): the example run's page loads with no console error and
 * no request, draws every chart, and a planted script in document text, URLs, ids, file names and errors
 * never runs. Skips with a message where no browser can be had.
 */
class ReportBrowserTest {

    static final Path EXAMPLES = Path.of("..", "examples", "crawl");
    /** Where to save the example run's screenshot ({@code -Dsaring.screenshot=docs/report.png}), if anywhere. */
    static final String SCREENSHOT = System.getProperty("saring.screenshot", "");

    @TempDir
    static Path tmp;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        var missing = Chromium.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse(""));
        browser = Chromium.start(tmp.resolve("profile"), 1400, 2400);
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.quit();
    }

    @Test
    void theExampleRunsReportLoadsWithoutErrorOrRequestAndDrawsEveryChart() throws IOException {
        Path out = tmp.resolve("example");
        run("run", EXAMPLES.toString(), "-o", out.toString(), "--no-progress");
        Path page = out.resolve(ReportPage.FILE);
        open(page);

        assertThat(consoleProblems()).as("console errors and warnings").isEmpty();
        assertThat(requests()).as("requests other than the page itself").containsOnly(page.toUri().toString());

        List<WebElement> boxes = browser.findElements(By.cssSelector("figure.chart-box"));
        assertThat(boxes).hasSize(7);
        for (WebElement box : boxes) {
            String title = box.findElement(By.tagName("h2")).getText();
            List<WebElement> canvases = box.findElements(By.tagName("canvas"));
            assertThat(canvases).as("a chart in '%s'", title).hasSize(1);
            String id = canvases.get(0).getAttribute("id");
            Object values = browser.executeScript(
                    "var c = Chart.getChart(arguments[0]); if (!c) return -1;"
                            + " return c.data.datasets.reduce(function (n, d) { return n + d.data.filter(function (v) { return v > 0; }).length; }, 0);",
                    canvases.get(0));
            assertThat(((Number) values).longValue()).as("values drawn in %s", id).isPositive();
            Object inked = browser.executeScript(
                    "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                            + " for (var i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", canvases.get(0));
            assertThat(((Number) inked).longValue()).as("pixels painted in %s", id).isGreaterThan(1000);
        }
        assertThat(browser.findElements(By.cssSelector("#sample del"))).as("struck-through lines in the sample").isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#sample p.dropped")).getAttribute("title")).contains("dropped by");

        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        assertThat(colours.size()).as("colours in the screenshot").isGreaterThan(50);
        if (!SCREENSHOT.isEmpty()) Files.write(Path.of(SCREENSHOT), png);
    }

    @Test
    void scriptPlantedInTextUrlsIdsFileNamesAndErrorsNeverRuns() throws IOException {
        String script = "<script>window.pwned = 1;</script>";
        String img = "\"><img src=x onerror=\"window.pwned = 2\">";
        Path in = Files.createDirectories(tmp.resolve("in"));
        var sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String text = ("Paragraph " + i + " of a planted page that reads like an article with enough words to stay. ").repeat(6)
                    + "\n" + script + " and " + img + " inside the text.\nBaca juga: " + img;
            sb.append(DocumentJson.MAPPER.writeValueAsString(java.util.Map.of("id", "doc-" + i + img + script,
                    "url", "https://example.com/" + i + "?q=" + img, "text", text))).append('\n');
        }
        sb.append(script).append(img).append('\n'); // not JSON: an error
        Files.writeString(in.resolve("planted" + img.replace("/", "") + ".jsonl"), sb.toString(), StandardCharsets.UTF_8);
        Path config = tmp.resolve("planted.properties");
        Files.writeString(config, "steps = clean, non-empty, dedup-exact\n");
        Path out = tmp.resolve("planted-out");
        run("run", in.toString(), "-o", out.toString(), "--no-progress", "--config", config.toString());
        Path page = out.resolve(ReportPage.FILE);
        String html = Files.readString(page);
        assertThat(html).doesNotContain(script, img, "<img", "onerror=\"");
        assertThat(html).contains("&lt;script&gt;window.pwned");

        open(page);
        assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).hasSize(3);
        assertThat(consoleProblems()).as("console errors (a blocked script would log one)").isEmpty();
        assertThat(browser.findElement(By.id("sample")).getText()).contains(script);
    }

    private static void open(Path page) {
        browser.manage().logs().get(LogType.BROWSER); // drop what an earlier page logged
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.get(page.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> browser.executeScript("return document.body.getAttribute('data-charts-drawn')") != null);
    }

    private static List<String> consoleProblems() {
        var out = new ArrayList<String>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) out.add(e.getMessage());
        }
        return out;
    }

    /** URLs of every request the page made, from the DevTools network events in the performance log. */
    private static List<String> requests() throws IOException {
        var out = new ArrayList<String>();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = DocumentJson.MAPPER.readTree(e.getMessage()).path("message");
            if (m.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = m.path("params").path("request").path("url").asText();
                if (!url.startsWith("data:")) out.add(url);
            }
        }
        return out;
    }

    private static void run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = SaringCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertThat(exit).as(err.toString()).isZero();
    }
}
