package dev.saring.spark;

import dev.saring.cli.SaringCommand;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shaded jar on a real Spark standalone cluster: a master and two workers, each its own JVM on
 * 127.0.0.1, the job submitted as {@code spark-submit} does ({@code SparkSubmit}, client mode), its output
 * equal to {@code saring run}'s. Unlike local mode, every task runs in an executor JVM of its own, so this
 * catches closures that do not serialize and per-JVM state that local mode shares.
 *
 * <p>Slow (a few minutes), so not part of {@code mvn verify}: {@code .ci/spark-cluster} builds the jar and
 * runs it with {@code -Dsaring.cluster.jar=saring-spark/target/saring-spark.jar}; without that property it
 * skips. The Spark of the test class path stands in for a Spark installation ({@code SPARK_HOME/jars}).
 */
class StandaloneClusterTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(15);

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path tmp;

    @AfterEach
    void stopCluster() throws InterruptedException, IOException {
        for (int i = started.size() - 1; i >= 0; i--) started.get(i).destroy();
        for (Process p : started) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        // the links to the jars, before JUnit's clean-up warns of each one
        Path jars = tmp.resolve("spark-home/jars");
        if (Files.isDirectory(jars)) {
            try (var links = Files.list(jars)) {
                for (Path link : links.toList()) Files.deleteIfExists(link);
            }
        }
    }

    @Test
    void theJarOnAMasterAndTwoWorkersGivesTheLocalRunnersOutput() throws Exception {
        String jarProperty = System.getProperty("saring.cluster.jar");
        assumeTrue(jarProperty != null, "no -Dsaring.cluster.jar: the standalone cluster test runs from .ci/spark-cluster");
        Path jar = SparkRunnerTest.ROOT.resolve(jarProperty);
        assertThat(jar).as("the shaded jar (mvn package)").isRegularFile();
        // relative, as a user types it: an executor runs in a working folder of its worker, not the driver's
        List<String> inputs = new ArrayList<>(List.of(Path.of("").toAbsolutePath().relativize(SparkRunnerTest.ROOT.resolve("examples/crawl")).toString()));
        for (String corpus : List.of("corpora/warc", "corpora/neardup")) {
            Path p = SparkRunnerTest.SHARED.resolve(corpus);
            if (Files.isDirectory(p)) inputs.add(p.toString());
        }

        Path sparkHome = fakeSparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Path masterLog = tmp.resolve("master.log");
        start(sparkHome, masterLog, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        awaitLine(masterLog, "I have been elected leader", 1);
        for (int w = 0; w < 2; w++) {
            Path work = Files.createDirectories(tmp.resolve("worker-" + w));
            start(sparkHome, tmp.resolve("worker-" + w + ".log"), "org.apache.spark.deploy.worker.Worker", master,
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1500m", "--work-dir", work.toString(),
                    "--webui-port", String.valueOf(freePort()));
        }
        awaitLine(masterLog, "Registering worker", 2);

        Path onCluster = tmp.resolve("cluster");
        List<String> submit = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit",
                "--master", master, "--deploy-mode", "client", "--class", SparkRun.class.getName(),
                "--conf", "spark.executor.cores=1", "--conf", "spark.executor.memory=1200m", "--conf", "spark.cores.max=2",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4",
                jar.toString()));
        submit.addAll(inputs);
        submit.addAll(List.of("-o", onCluster.toString()));
        Path driverLog = tmp.resolve("driver.log");
        Process driver = start(sparkHome, driverLog, submit.toArray(String[]::new));
        boolean finished = driver.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(finished).as("job finished within " + JOB_TIMEOUT).isTrue();
        assertThat(driver.exitValue()).as("spark-submit's exit code; its log:\n" + tail(driverLog)).isZero();

        // every task ran in an executor JVM of a worker, and both workers had one
        for (int w = 0; w < 2; w++) {
            try (var files = Files.walk(tmp.resolve("worker-" + w))) {
                assertThat(files.filter(f -> f.getFileName().toString().equals("stderr")).count())
                        .as("executor of worker " + w).isPositive();
            }
        }

        Path local = tmp.resolve("local");
        List<String> run = new ArrayList<>(List.of("run"));
        run.addAll(inputs);
        run.addAll(List.of("-o", local.toString(), "--no-progress", "--threads", "2"));
        assertThat(SaringCommand.commandLine().execute(run.toArray(String[]::new))).isZero();
        Map<String, Map<String, Long>> stats = SparkRunnerTest.assertSameFolders(local, onCluster, SparkRunnerTest.readStats(local));
        assertThat(stats.get("documents").get("read")).isPositive();
    }

    /** A folder that looks like a Spark installation to the launcher: {@code jars/} links to this class path's jars. */
    private Path fakeSparkHome() throws IOException {
        Path jars = Files.createDirectories(tmp.resolve("spark-home/jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) continue;
            Path link = jars.resolve(p.getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, p.toAbsolutePath());
        }
        return jars.getParent();
    }

    /** Starts {@code java MAIN ARGS} on Spark's jars, as {@code spark-class} does, its output to {@code log}. */
    private Process start(Path sparkHome, Path log, String... mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + File.separator + "*"));
        command.addAll(Arrays.asList(mainAndArgs));
        var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("local-dirs")).toString());
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void awaitLine(Path log, String text, int times) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                String s = Files.readString(log);
                if (s.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("'" + text + "' not seen " + times + " times in " + START_TIMEOUT + "; log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) return "(no log)";
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
