package dev.saring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Source;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Parquet form of {@code clean/} holds what the JSONL form holds: every row, read back with
 * parquet-java's reader and turned into JSON, equals the document's JSONL record.
 */
class ParquetCleanWriterTest {

    @TempDir
    Path dir;

    static List<Document> documents() {
        var docs = new ArrayList<Document>();
        docs.add(Document.ofText("d-1", Source.atOffset("crawl/a.warc.gz", 0, 0, 1234), "Halo dunia.\nBaris kedua.")
                .withUrl("https://contoh.id/a").withTitle("Judul")
                .withLang(new LanguageGuess("id", 0.987654, "ms", 0.01))
                .withMeta("page_type", "article").withMeta("token_count", 12L).withMeta("dup_cluster_size", 3));
        docs.add(Document.ofText("d-2", Source.atLine("dump.jsonl", 0, 1, 88, 2), "No URL, no title, no language: \u0000 \uD83D\uDE00 \u4E2D\u6587"));
        docs.add(Document.ofText("d-3 \"quoted\"", Source.atLine("x.csv", 0, 2, 0, 3), "x".repeat(20_000))
                .withMeta("nested", Map.of("a", List.of(1, 2), "b", "c")));
        return docs;
    }

    @ParameterizedTest
    @EnumSource(OutputCompression.class)
    void everyRowReadBackEqualsTheJsonlRecordOfItsDocument(OutputCompression compression) throws IOException {
        Path file;
        try (CleanWriter w = CleanWriter.create(dir.resolve("part-00000"), OutputFormat.PARQUET, compression)) {
            for (Document d : documents()) w.write(d);
            w.commit();
            file = w.target();
        }
        assertThat(file.getFileName()).hasToString("part-00000.parquet");
        assertThat(dir.resolve("part-00000.parquet.tmp")).doesNotExist();

        List<JsonNode> expected = new ArrayList<>();
        for (Document d : documents()) expected.add(DocumentJson.MAPPER.readTree(jsonl(d)));
        assertThat(readAsJson(file)).isEqualTo(expected);
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file), new org.apache.hadoop.conf.Configuration()))) {
            var column = reader.getFooter().getBlocks().get(0).getColumns().get(5);
            assertThat(column.getPath().toDotString()).isEqualTo("text");
            assertThat(column.getCodec()).isEqualTo(switch (compression) {
                case ZSTD -> CompressionCodecName.ZSTD;
                case GZIP -> CompressionCodecName.GZIP;
                case NONE -> CompressionCodecName.UNCOMPRESSED;
            });
            if (compression != OutputCompression.NONE) {
                assertThat(column.getTotalSize()).as("20,000 x's compress").isLessThan(2_000);
            }
        }
    }

    @Test
    void aWriterClosedWithoutCommitLeavesNoFile() throws IOException {
        try (CleanWriter w = CleanWriter.create(dir.resolve("part-00001"), OutputFormat.PARQUET, OutputCompression.ZSTD)) {
            w.write(documents().get(0));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void manyRowsSpanSeveralRowGroupsAndComeBackInOrder() throws IOException {
        Path file;
        int n = 5_000;
        try (CleanWriter w = CleanWriter.create(dir.resolve("part-00002"), OutputFormat.PARQUET, OutputCompression.ZSTD)) {
            var rnd = new java.util.Random(7);
            for (int i = 0; i < n; i++) {
                // incompressible enough that 5,000 of them exceed one row group, which is measured compressed
                var sb = new StringBuilder();
                for (int j = 0; j < 8_000; j++) sb.append((char) ('a' + rnd.nextInt(26)));
                w.write(Document.ofText("r-" + i, Source.atLine("big.jsonl", 0, i, 0, i + 1), sb.toString()));
            }
            w.commit();
            file = w.target();
        }
        try (var reader = ParquetFileReader.open(HadoopInputFile.fromPath(hadoopPath(file), new org.apache.hadoop.conf.Configuration()))) {
            assertThat(reader.getRecordCount()).isEqualTo(n);
            assertThat(reader.getFooter().getBlocks()).hasSizeGreaterThan(1);
        }
        List<JsonNode> rows = readAsJson(file);
        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, n).mapToObj(i -> "r-" + i).toList());
    }

    private static String jsonl(Document d) throws IOException {
        var buf = new java.io.StringWriter();
        try (var g = DocumentJson.FACTORY.createGenerator(buf)) {
            DocumentJson.writeClean(g, d);
        }
        return buf.toString();
    }

    private static org.apache.hadoop.fs.Path hadoopPath(Path p) {
        return new org.apache.hadoop.fs.Path(p.toUri());
    }

    /** Each row as the JSON object of the JSONL form: absent optional values as nulls, meta parsed. */
    static List<JsonNode> readAsJson(Path file) throws IOException {
        var rows = new ArrayList<JsonNode>();
        try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(), hadoopPath(file)).build()) {
            // re-read from text, so that numbers compare as JSONL's parsed ones do (1234 is an int node, not a long one)
            for (Group g; (g = r.read()) != null; ) rows.add(DocumentJson.MAPPER.readTree(toJson(g, g.getType()).toString()));
        }
        return rows;
    }

    private static ObjectNode toJson(Group g, GroupType type) throws IOException {
        ObjectNode o = DocumentJson.MAPPER.createObjectNode();
        for (int i = 0; i < type.getFieldCount(); i++) {
            Type f = type.getType(i);
            String name = f.getName();
            if (g.getFieldRepetitionCount(i) == 0) {
                o.putNull(name);
            } else if (!f.isPrimitive()) {
                o.set(name, toJson(g.getGroup(i, 0), f.asGroupType()));
            } else if (name.equals("meta")) {
                o.set(name, DocumentJson.MAPPER.readTree(g.getString(i, 0)));
            } else {
                switch (f.asPrimitiveType().getPrimitiveTypeName()) {
                    case DOUBLE -> o.put(name, g.getDouble(i, 0));
                    case INT64 -> o.put(name, g.getLong(i, 0));
                    default -> o.put(name, g.getString(i, 0));
                }
            }
        }
        return o;
    }
}
