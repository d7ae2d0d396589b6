package dev.saring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.io.DocumentJson;
import dev.saring.pipeline.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code saring run} as a child process, killed with SIGKILL at points of every phase of a run (start-up,
 * reading, each pass's observation, each pass's decisions, assembling the output, writing the report just
 * before {@code _SUCCESS}) and resumed with {@code --resume}: the output must be byte for byte that of an
 * uninterrupted run. The points are drawn from a seed, printed; repeat a run with
 * {@code -Dsaring.killResume.seed=N}, kill more often with {@code -Dsaring.killResume.kills=100}.
 */
class KillResumeTest {

    private static final int MIN_KILLS = Integer.getInteger("saring.killResume.kills", 20);
    private static final long SEED = Long.getLong("saring.killResume.seed", System.nanoTime() % 100_000);
    private static final int GENERATED_FILES = 10;
    private static final int DOCS_PER_FILE = Integer.getInteger("saring.killResume.docs", 100);
    private static final int MAX_CHAINS = 12;
    private static final long PROCESS_TIMEOUT_S = 300;

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path reference;
    static int shards;
    static int segments;

    @BeforeAll
    static void corpusAndAnUninterruptedRun() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("crawl"));
        try (Stream<Path> examples = Files.list(RunCommandTest.EXAMPLES)) {
            for (Path p : examples.toList()) Files.copy(p, corpus.resolve(p.getFileName()));
        }
        GeneratedCorpus.write(corpus, GENERATED_FILES, DOCS_PER_FILE, 14);
        try (Stream<Path> files = Files.list(corpus)) {
            shards = (int) files.count();
        }
        segments = dev.saring.assembly.RunConfig.defaults().pipeline().segments().size();
        reference = tmp.resolve("reference");
        long t0 = System.nanoTime();
        Child c = Child.start(reference, false, tmp.resolve("reference.log"));
        assertThat(c.process.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(c.process.exitValue()).as(c.log()).isZero();
        System.out.printf("kill-resume: uninterrupted run of %d shards, %d segments in %,d ms%n", shards, segments,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Where a kill is aimed. */
    enum Phase { STARTUP, READ, OBSERVE, APPLY, ASSEMBLE, FINISH }

    /**
     * A kill point: once the phase is reached in the current process ({@code segment}, and {@code nth} new
     * done markers of it for READ and APPLY), wait {@code delayMs}, then SIGKILL.
     */
    record KillPoint(Phase phase, int segment, int nth, long delayMs) {
        @Override
        public String toString() {
            return switch (phase) {
                case STARTUP -> "start-up +" + delayMs + " ms";
                case READ, APPLY -> phase.name().toLowerCase() + " seg " + segment + " after " + nth + " shards +" + delayMs + " ms";
                case OBSERVE -> "observe pass of seg " + segment + " +" + delayMs + " ms";
                case ASSEMBLE, FINISH -> phase.name().toLowerCase() + " +" + delayMs + " ms";
            };
        }
    }

    private static List<KillPoint> chain(Random rnd) {
        var points = new ArrayList<KillPoint>();
        points.add(new KillPoint(Phase.STARTUP, 0, 0, 200 + rnd.nextInt(1500)));
        points.add(new KillPoint(Phase.READ, 0, 1 + rnd.nextInt(shards - 1), rnd.nextInt(100)));
        for (int k = 1; k < segments; k++) {
            points.add(new KillPoint(Phase.OBSERVE, k, 0, rnd.nextInt(150)));
            points.add(new KillPoint(Phase.APPLY, k, 1 + rnd.nextInt(shards - 1), rnd.nextInt(100)));
        }
        points.add(new KillPoint(Phase.ASSEMBLE, 0, 0, rnd.nextInt(20)));
        points.add(new KillPoint(Phase.FINISH, 0, 0, rnd.nextInt(400))); // stats.json, report.html, _SUCCESS
        return points;
    }

    @Test
    void killedWithSigkillAtRandomPointsOfEveryPhaseAndResumedTheOutputIsByteIdentical() throws Exception {
        System.out.println("kill-resume: seed " + SEED + " (-Dsaring.killResume.seed=" + SEED + " repeats these points)");
        var rnd = new Random(SEED);
        Map<String, String> expected = digest(reference);
        int kills = 0;
        var phasesHit = new TreeMap<Phase, Integer>();
        for (int c = 0; c < MAX_CHAINS && kills < MIN_KILLS; c++) {
            Path out = tmp.resolve("chain-" + c);
            Path log = tmp.resolve("chain-" + c + ".log");
            var points = chain(rnd);
            int attempt = 0;
            while (true) {
                Child child = Child.start(out, attempt > 0, log);
                attempt++;
                KillPoint hit = points.isEmpty() ? null : awaitAny(child, out, points);
                if (hit == null) {
                    assertThat(child.process.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
                    assertThat(child.process.exitValue()).as("chain %d, attempt %d:%n%s", c, attempt, child.log()).isZero();
                    break;
                }
                child.process.destroyForcibly(); // SIGKILL
                child.process.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS);
                if (child.process.exitValue() == 0) {
                    System.out.printf("kill-resume: chain %d: %s came after the run ended%n", c, hit);
                    break;
                }
                kills++;
                phasesHit.merge(hit.phase(), 1, Integer::sum);
                System.out.printf("kill-resume: chain %d kill %d: %s; left %s%n", c, attempt, hit, state(out));
                assertNothingHalfWritten(out);
            }
            assertThat(digest(out)).as("chain %d (seed %d) against the uninterrupted run", c, SEED).isEqualTo(expected);
            assertThat(leftovers(out)).as("temporary files of chain %d", c).isEmpty();
        }
        System.out.println("kill-resume: " + kills + " kills by phase " + phasesHit);
        assertThat(kills).as("kills (seed %d)", SEED).isGreaterThanOrEqualTo(MIN_KILLS);
        assertThat(phasesHit.keySet()).as("phases killed in (seed %d)", SEED)
                .contains(Phase.STARTUP, Phase.READ, Phase.OBSERVE, Phase.APPLY);
    }

    @Test
    void aResumeWithAnotherConfigOtherInputsOrAnotherSaringVersionIsRefusedWithAMessage() throws Exception {
        Path out = killedAfterTheFirstSegment("refusals");
        Path cfg = Files.writeString(tmp.resolve("other.properties"), "gopher-quality.min_doc_words = 10\n");
        var r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress", "--config", cfg.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("another pipeline", "--config");

        Path extra = Files.writeString(tmp.resolve("extra.jsonl"), "{\"id\":\"x\",\"text\":\"one more\"}\n");
        r = RunCommandTest.saring("run", corpus.toString(), extra.toString(), "-o", out.toString(), "--resume", "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("other inputs");

        r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress", "--compression", "gzip");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("compression");

        r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress", "--output-format", "parquet");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("another format (jsonl, not parquet)");

        Path planFile = out.resolve(Plan.PLAN_FILE);
        String plan = Files.readString(planFile);
        assertThat(plan).containsPattern("(?m)^saring \\S+$");
        Files.writeString(planFile, plan.replaceAll("(?m)^saring \\S+$", "saring 0.0.1"));
        r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("saring 0.0.1");

        Files.writeString(planFile, plan);
        r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(digest(out)).isEqualTo(digest(reference));
    }

    @Test
    void aDocumentLostBetweenSegmentsEndsTheResumedRunWithExitFiveAndNoSuccess() throws Exception {
        Path out = killedAfterTheFirstSegment("lost");
        // a bug that loses a document handed from the first segment to the next: the last record of a part goes
        int shard;
        try (Stream<Path> files = Files.list(corpus)) {
            shard = files.map(p -> p.getFileName().toString()).sorted().toList().indexOf("gen-01.jsonl"); // inputs are read in name order
        }
        Path part = out.resolve(Plan.keptPart(0, shard) + ".zst");
        byte[] plain;
        try (var in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(part))) {
            plain = in.readAllBytes();
        }
        String text = new String(plain, java.nio.charset.StandardCharsets.UTF_8);
        String shorter = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
        Files.write(part, com.github.luben.zstd.Zstd.compress(shorter.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        var r = RunCommandTest.saring("run", corpus.toString(), "-o", out.toString(), "--resume", "--no-progress");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.ACCOUNTING);
        assertThat(r.err()).contains("1 unaccounted", "gen-01.jsonl", "a bug");
        assertThat(out.resolve(Plan.SUCCESS)).doesNotExist();
        assertThat(DocumentJson.MAPPER.readTree(out.resolve("stats.json").toFile()).path("accounting").path("unaccounted").asLong())
                .isEqualTo(1);
    }

    /** A run killed once every shard of the first segment is done, before the second segment's are. */
    private static Path killedAfterTheFirstSegment(String name) throws Exception {
        Path out = tmp.resolve(name);
        Child child = Child.start(out, false, tmp.resolve(name + ".log"));
        while (child.process.isAlive() && markers(out).get(0) < shards) Thread.sleep(2);
        child.process.destroyForcibly();
        child.process.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(markers(out).get(1)).as(child.log()).isLessThan(shards);
        assertThat(out.resolve(Plan.SUCCESS)).doesNotExist();
        return out;
    }

    /**
     * Waits until the child reaches one of the points (the first of them in order that it reaches), then
     * for its delay; removes that point and those before it. Null if the child ended first.
     */
    private static KillPoint awaitAny(Child child, Path out, List<KillPoint> points) throws Exception {
        FileTime started = FileTime.fromMillis(child.startMillis);
        var before = markers(out);
        while (child.process.isAlive()) {
            if (points.get(0).phase() == Phase.STARTUP && markers(out).get(0) > before.get(0)) {
                points.remove(0); // reading began before the start-up delay ran out: the kill goes to READ instead
                if (points.isEmpty()) break;
            }
            for (int i = 0; i < points.size(); i++) {
                KillPoint p = points.get(i);
                if (reached(p, child, out, started, before)) {
                    if (p.phase() != Phase.STARTUP) Thread.sleep(p.delayMs()); // a start-up point's delay is its time since start
                    points.subList(0, i + 1).clear();
                    return p;
                }
            }
            Thread.sleep(2);
        }
        return null;
    }

    private static boolean reached(KillPoint p, Child child, Path out, FileTime started, Map<Integer, Integer> before) {
        return switch (p.phase()) {
            case STARTUP -> System.currentTimeMillis() - child.startMillis >= p.delayMs();
            case READ, APPLY -> {
                // an earlier kill may have left fewer shards of the segment to do than the point's nth
                int done = before.getOrDefault(p.segment(), 0);
                int nth = Math.min(p.nth(), shards - done - 1);
                yield done < shards && markers(out).getOrDefault(p.segment(), 0) - done >= nth;
            }
            case OBSERVE -> newerThan(out.resolve(Plan.passFolder(p.segment())), started);
            case ASSEMBLE -> newerThan(out.resolve("rejects"), started);
            case FINISH -> newerThan(out.resolve("stats.json"), started);
        };
    }

    private static boolean newerThan(Path p, FileTime t) {
        try {
            return Files.getLastModifiedTime(p).compareTo(t) >= 0;
        } catch (IOException e) {
            return false; // not there (yet)
        }
    }

    /** Done markers per segment. */
    private static Map<Integer, Integer> markers(Path out) {
        var n = new TreeMap<Integer, Integer>();
        for (int k = 0; k < segments; k++) {
            try (Stream<Path> s = Files.list(out.resolve(Plan.segmentFolder(k)))) {
                n.put(k, (int) s.filter(p -> p.getFileName().toString().matches("stats-\\d+\\.json")).count());
            } catch (IOException e) {
                n.put(k, 0);
            }
        }
        return n;
    }

    private static String state(Path out) {
        var sb = new StringBuilder("markers " + markers(out).values());
        for (String f : List.of("rejects", "errors.jsonl", "stats.json", "report.html", Plan.SUCCESS)) {
            if (Files.exists(out.resolve(f))) sb.append(", ").append(f);
        }
        return sb.toString();
    }

    /** Every file of a run folder: its SHA-256, stats.json without timings, and only whether the timed files exist. */
    static Map<String, String> digest(Path dir) throws IOException {
        var out = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                out.put(name, switch (name) {
                    case "timeline.json", "report.html" -> "present"; // throughput over time, shown in the report
                    case "stats.json" -> statsWithoutTimings(p);
                    default -> sha256(Files.readAllBytes(p));
                });
            }
        }
        return out;
    }

    private static String statsWithoutTimings(Path p) throws IOException {
        var n = (ObjectNode) DocumentJson.MAPPER.readTree(p.toFile());
        n.remove("step_nanos");
        ((ObjectNode) n.get("run")).remove("elapsed_ms");
        return n.toString();
    }

    /**
     * Every file under a final name is whole: compressed shards decompress to their end, JSON files parse
     * (the report and timeline are written whole or not at all, by the same atomic rename).
     */
    static void assertNothingHalfWritten(Path out) throws IOException {
        if (!Files.exists(out)) return; // killed before it made the folder
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".zst")) {
                    try (var in = new com.github.luben.zstd.ZstdInputStream(Files.newInputStream(p))) {
                        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        for (String line : text.split("\n")) if (!line.isEmpty()) DocumentJson.MAPPER.readTree(line);
                    }
                } else if (name.endsWith(".json")) {
                    DocumentJson.MAPPER.readTree(p.toFile());
                } else if (name.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(p)) DocumentJson.MAPPER.readTree(line);
                }
            }
        }
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString())
                    .filter(n -> n.endsWith(".tmp") || n.startsWith(Plan.WORK)).toList();
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A {@code saring run} of the corpus in its own JVM, output and errors appended to a log. */
    record Child(Process process, long startMillis, Path logFile) {
        static Child start(Path out, boolean resume, Path log) throws IOException {
            var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "run", corpus.toString(), "-o", out.toString(), "--no-progress", "--threads", "2"));
            if (resume) cmd.add("--resume");
            long start = System.currentTimeMillis();
            Files.writeString(log, "$ " + String.join(" ", cmd.subList(4, cmd.size())) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new Child(p, start, log);
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }
}
