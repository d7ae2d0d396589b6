package dev.saring.cli.report;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * Headless Chromium for tests, driven by Selenium through Debian's {@code chromium} and {@code chromium-driver}
 * (or {@code SARING_CHROMIUM} and {@code SARING_CHROMEDRIVER}). Started isolated: a fresh profile, no
 * background networking, no component updates, no sync, so that every request the browser makes is the page's.
 */
final class Chromium {

    private Chromium() {
    }

    /** Why no browser can be had here, or empty when one can. */
    static Optional<String> missing() {
        if (binary().isEmpty()) return Optional.of("no Chromium (install Debian's chromium, or set SARING_CHROMIUM)");
        if (driver().isEmpty()) return Optional.of("no chromedriver (install Debian's chromium-driver, or set SARING_CHROMEDRIVER)");
        return Optional.empty();
    }

    /** A new browser with a fresh profile in {@code profile}, console and network (performance) logs on; the caller quits it. */
    static ChromeDriver start(Path profile, int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(binary().orElseThrow().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--hide-scrollbars");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver().orElseThrow().toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> binary() {
        return first(System.getenv("SARING_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    }

    private static Optional<Path> driver() {
        return first(System.getenv("SARING_CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Optional<Path> first(String... candidates) {
        return java.util.Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
