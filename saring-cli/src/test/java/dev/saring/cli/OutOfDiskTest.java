package dev.saring.cli;

import dev.saring.pipeline.Plan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code saring run} on a disk that fills up: it stops with exit code 4 and a message that names the file,
 * the space left and {@code --resume}; nothing is left half-written under a final name; and once there is
 * space, {@code --resume} finishes with the output of a run that never failed. On a real size-limited
 * file system (a tmpfs in a private mount namespace, where {@code unshare} allows it) and, everywhere, with
 * a failure injected by making one shard's temporary file {@code /dev/full}.
 */
class OutOfDiskTest {

    private static final long TIMEOUT_S = 300;

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path reference;

    @BeforeAll
    static void corpusAndAnUninterruptedRun() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("crawl"));
        try (Stream<Path> examples = Files.list(RunCommandTest.EXAMPLES)) {
            for (Path p : examples.toList()) Files.copy(p, corpus.resolve(p.getFileName()));
        }
        GeneratedCorpus.write(corpus, 6, 100, 15);
        reference = tmp.resolve("reference");
        assertThat(exec(command(reference, false), tmp.resolve("reference.log"))).as(Files.readString(tmp.resolve("reference.log"))).isZero();
    }

    @Test
    void aWriteToAFullDeviceStopsWithExitFourNamingTheFileAndResumeFinishesTheSameOutput() throws Exception {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        Path out = tmp.resolve("full");
        // the temporary file of shard 2's first-segment output is the full device: its writes fail with ENOSPC
        Path part = out.resolve(Plan.keptPart(0, 2) + ".zst.tmp");
        Files.createDirectories(part.getParent());
        Files.createSymbolicLink(part, Path.of("/dev/full"));
        Path log = tmp.resolve("full.log");
        int exit = exec(command(out, true), log); // --resume: the folder is not empty, it holds the trap
        String err = Files.readString(log);
        assertThat(exit).as(err).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(err).contains("cannot write " + out.resolve(Plan.keptPart(0, 2) + ".zst"), "No space left on device",
                "bytes free", "--resume");
        assertThat(out.resolve(Plan.SUCCESS)).doesNotExist();
        KillResumeTest.assertNothingHalfWritten(out);

        assertThat(exec(command(out, true), tmp.resolve("full-resume.log"))).as(Files.readString(tmp.resolve("full-resume.log"))).isZero();
        assertThat(KillResumeTest.digest(out)).isEqualTo(KillResumeTest.digest(reference));
    }

    @Test
    void aSmallFileSystemThatFillsUpStopsWithExitFourAndResumeAfterSpaceIsFreedFinishesTheSameOutput() throws Exception {
        Assumptions.assumeTrue(canMountTmpfs(), "unshare cannot mount a tmpfs here");
        long size = size(reference);
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        Path full = tmp.resolve("after-full");
        Path resumed = tmp.resolve("resumed");
        // all in one private mount namespace: the tmpfs lives as long as this shell
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=" + Math.max(64 << 10, size / 2) + " tmpfs " + q(mnt),
                String.join(" ", quoted(command(mnt.resolve("out"), false))) + " > " + q(tmp.resolve("small.log")) + " 2>&1",
                "echo $? > " + q(tmp.resolve("small.exit")),
                "cp -a " + q(mnt.resolve("out")) + " " + q(full),
                "mount -o remount,size=" + (8 * size + (64 << 20)) + " " + q(mnt),
                String.join(" ", quoted(command(mnt.resolve("out"), true))) + " > " + q(tmp.resolve("resume.log")) + " 2>&1",
                "echo $? > " + q(tmp.resolve("resume.exit")),
                "cp -a " + q(mnt.resolve("out")) + " " + q(resumed));
        assertThat(exec(List.of("unshare", "-rm", "sh", "-c", script), tmp.resolve("unshare.log")))
                .as(Files.readString(tmp.resolve("unshare.log"))).isZero();
        String err = Files.readString(tmp.resolve("small.log"));
        System.out.printf("out-of-disk: output of %,d bytes on a tmpfs of %,d: %s%n", size, Math.max(64 << 10, size / 2),
                err.lines().filter(l -> l.startsWith("saring:")).findFirst().orElse(err));
        assertThat(Files.readString(tmp.resolve("small.exit")).strip()).as(err).isEqualTo(Integer.toString(ExitCodes.OUTPUT_FAILED));
        assertThat(err).contains("cannot write " + mnt.resolve("out"), "No space left on device", "bytes free", "--resume");
        assertThat(full.resolve(Plan.SUCCESS)).doesNotExist();
        KillResumeTest.assertNothingHalfWritten(full);

        assertThat(Files.readString(tmp.resolve("resume.exit")).strip()).as(Files.readString(tmp.resolve("resume.log"))).isEqualTo("0");
        assertThat(KillResumeTest.digest(resumed)).isEqualTo(KillResumeTest.digest(reference));
    }

    private static boolean canMountTmpfs() {
        try {
            Path probe = Files.createDirectories(tmp.resolve("probe"));
            return exec(List.of("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs " + q(probe)), tmp.resolve("probe.log")) == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> command(Path out, boolean resume) {
        var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", corpus.toString(), "-o", out.toString(), "--no-progress", "--threads", "2"));
        if (resume) cmd.add("--resume");
        return cmd;
    }

    private static int exec(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end in " + TIMEOUT_S + " s: " + cmd);
        }
        return p.exitValue();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static List<String> quoted(List<String> args) {
        return args.stream().map(OutOfDiskTest::q).toList();
    }

    private static String q(Object s) {
        return "'" + s.toString().replace("'", "'\\''") + "'";
    }
}
