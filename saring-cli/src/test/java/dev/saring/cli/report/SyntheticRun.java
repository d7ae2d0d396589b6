package dev.saring.cli.report;

import dev.saring.io.DocumentJson;
import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Role;
import dev.saring.model.Source;
import dev.saring.pipeline.RunSample;
import dev.saring.pipeline.Stats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The output folder of a large run, made without running one, for measuring its report: counters and a sample
 * of {@code documents} generated documents with more variety than a real crawl gives (75 languages, 300 drop
 * reasons, lines of every role, 5,000 input errors, a long timeline). The sample goes through {@link RunSample}
 * document by document, as in a run; the counters are those a run of such documents writes.
 */
final class SyntheticRun {

    private SyntheticRun() {
    }

    static void write(Path dir, long documents) throws IOException {
        Files.createDirectories(dir);
        var rnd = new SplittableRandom(7);
        var stats = new Stats();
        var sample = new RunSample();
        List<String> steps = List.of("extract", "clean", "repeated-lines", "non-empty", "language", "language-score",
                "gopher-repetition", "gopher-quality", "c4-quality", "fineweb-quality", "dedup-exact", "dedup-near");
        String[] langs = new String[75];
        for (int i = 0; i < langs.length; i++) langs[i] = "" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
        Role[] roles = Role.values();
        String body = "Sebuah kalimat panjang dari artikel berita yang menceritakan kejadian di kota pesisir, dengan angka 2024. ";
        for (long i = 0; i < documents; i++) {
            String id = "https://news" + (i % 997) + ".example/" + i;
            String lang = langs[(int) Math.min(langs.length - 1, Math.abs(rnd.nextGaussian()) * 12)];
            var blocks = new ArrayList<Block>();
            int n = 3 + rnd.nextInt(12);
            for (int b = 0; b < n; b++) {
                if (rnd.nextInt(4) == 0) {
                    Role role = roles[rnd.nextInt(roles.length)];
                    String reason = rnd.nextInt(3) == 0 ? "repeated:" + (2 + rnd.nextInt(1000)) : "rule-" + rnd.nextInt(40);
                    blocks.add(new Block(role, "Baca juga: furniture line " + b, Decision.drop(rnd.nextBoolean() ? "clean" : "extract", reason)));
                } else {
                    blocks.add(Block.kept(Role.BODY, body.repeat(1 + rnd.nextInt(6))));
                }
            }
            Document d = Document.ofText(id, Source.atLine("crawl/part-" + (i % 64) + ".jsonl.zst", (int) (i % 64), i / 64, i * 900, i / 64 + 1), "")
                    .withBlocks(blocks).withUrl(id).withLang(new LanguageGuess(lang, 0.9, "en", 0.1));
            long size = 500 + rnd.nextInt(200_000);
            stats.add(Stats.DOCUMENTS, "read", 1);
            stats.add(Stats.LENGTH_READ, Stats.sizeBucket(size), 1);
            stats.add(Stats.BYTES, "read", size);
            for (Block b : blocks) {
                if (b.isKept()) continue;
                stats.add(Stats.LINES_DROPPED, b.decision().step() + ":" + b.decision().reason(), 1);
                stats.add(Stats.LINES_DROPPED_ROLE, b.role().label() + "/" + b.decision().step() + ":" + b.decision().reason(), 1);
            }
            int at = rnd.nextInt(steps.size() * 3); // a third of the documents are dropped, at some step
            for (int s = 0; s < steps.size() && s <= at; s++) {
                stats.add(Stats.STEP_IN, steps.get(s), 1);
                if (s == at) {
                    String reason = "reason-" + rnd.nextInt(25) + (rnd.nextInt(5) == 0 ? ":" + rnd.nextInt(500) : "");
                    stats.add(Stats.STEP_DROPPED, steps.get(s), 1);
                    stats.add(Stats.DROPPED, steps.get(s) + ":" + reason, 1);
                    stats.add(Stats.DOCUMENTS, "dropped", 1);
                    if (s >= 4) stats.add(Stats.LANGUAGE_DROPPED, lang, 1);
                    sample.offerDropped(d, steps.get(s), reason);
                } else {
                    stats.add(Stats.STEP_BYTES_OUT, steps.get(s), size / 3);
                }
            }
            if (at >= steps.size()) {
                stats.add(Stats.DOCUMENTS, "kept", 1);
                stats.add(Stats.BYTES, "output_text", size / 3);
                stats.add(Stats.LENGTH_KEPT, Stats.sizeBucket(size / 3), 1);
                stats.add(Stats.LANGUAGE_KEPT, lang, 1);
                stats.add(Stats.DUP_CLUSTER_SIZE, Integer.toString(rnd.nextInt(50) == 0 ? 2 + rnd.nextInt(300) : 1), 1);
                sample.offerKept(d);
            }
        }
        try (var g = DocumentJson.FACTORY.createGenerator(dir.resolve("stats.json").toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            stats.writeJson(g);
        }
        try (var g = DocumentJson.FACTORY.createGenerator(dir.resolve(RunSample.FILE).toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            sample.writeJson(g);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("errors.jsonl"))) {
            for (int e = 0; e < 5_000; e++) {
                w.write("{\"file\":\"crawl/part-" + (e % 64) + ".jsonl.zst\",\"offset\":" + e * 1000 + ",\"line\":" + e
                        + ",\"kind\":\"kind-" + (e % 12) + "\",\"error\":\"a line that is not JSON near column " + e + "\"}\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(Timeline.FILE))) {
            w.write("{\"points\":[");
            for (int t = 0; t < Timeline.MAX_POINTS; t++) {
                w.write((t == 0 ? "" : ",") + "{\"t\":" + t * 2000L + ",\"phase\":\"read\",\"documents\":" + t * documents / Timeline.MAX_POINTS
                        + ",\"bytes\":" + t * 1_000_000L + "}");
            }
            w.write("]}");
        }
        Files.writeString(dir.resolve("config.properties"), "steps = " + String.join(", ", steps) + "\n");
    }
}
