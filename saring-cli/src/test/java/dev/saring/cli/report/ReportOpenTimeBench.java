package dev.saring.cli.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long headless Chromium takes to open reports, from navigation start to every chart drawn: the median
 * of 5 loads each, for {@code bench/report-1m.sh} (enabled by {@code -Dsaring.report.pages=a.html,b.html}).
 * Not a unit test: it asserts nothing about time.
 */
@EnabledIfSystemProperty(named = "saring.report.pages", matches = ".+")
class ReportOpenTimeBench {

    private static final int LOADS = 5;

    @TempDir
    Path tmp;

    @Test
    void openEachReport() throws IOException {
        var missing = Chromium.missing();
        if (missing.isPresent()) throw new IllegalStateException(missing.get());
        var lines = new ArrayList<String>();
        var browser = Chromium.start(tmp.resolve("profile"), 1400, 2400);
        try {
            for (String page : System.getProperty("saring.report.pages").split(",")) {
                Path p = Path.of(page);
                if (page.startsWith("synthetic:")) {
                    // synthetic:N:DIR: a synthetic run of N documents, made here, then its report
                    String[] parts = page.split(":", 3);
                    Path dir = Path.of(parts[2]);
                    long t0 = System.nanoTime();
                    SyntheticRun.write(dir, Long.parseLong(parts[1]));
                    long t1 = System.nanoTime();
                    p = ReportPage.write(dir, java.util.Map.of("saring", "bench"));
                    lines.add(String.format(Locale.ROOT, "synthetic run of %,d documents made in %.1f s; report written in %.2f s",
                            Long.parseLong(parts[1]), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9));
                }
                long[] ms = new long[LOADS];
                for (int i = 0; i < LOADS; i++) {
                    browser.get("about:blank");
                    browser.get(p.toUri().toString());
                    new WebDriverWait(browser, Duration.ofSeconds(60))
                            .until(d -> browser.executeScript("return document.body.getAttribute('data-charts-ms')") != null);
                    ms[i] = Long.parseLong(browser.executeScript("return document.body.getAttribute('data-charts-ms')").toString());
                }
                Arrays.sort(ms);
                lines.add(String.format(Locale.ROOT, "%s: %,d bytes, opened with every chart drawn in %d ms (median of %d; min %d, max %d)",
                        p, Files.size(p), ms[LOADS / 2], LOADS, ms[0], ms[LOADS - 1]));
            }
        } finally {
            browser.quit();
        }
        String out = String.join("\n", lines) + "\n";
        System.out.print(out);
        String result = System.getProperty("saring.report.result", "");
        if (!result.isEmpty()) Files.writeString(Path.of(result), out);
    }
}
