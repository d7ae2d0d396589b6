package dev.saring.io;

import com.github.luben.zstd.Zstd;
import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Source;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The Parquet form of {@code clean/}: one row per kept document, the fields of the JSONL form as columns
 * ({@link #SCHEMA}). Written with parquet-java's writer to a local file through {@link AtomicFile}, with
 * no Hadoop on the class path: the pages are compressed by zstd-jni or {@code java.util.zip} (Parquet's
 * ZSTD and GZIP codecs), so that parquet-java never reaches for Hadoop's codecs. Row groups are cut at
 * {@link #ROW_GROUP_BYTES}, which bounds what a shard holds in memory.
 */
final class ParquetCleanWriter implements CleanWriter {

    /** The columns of {@code clean/part-NNNNN.parquet}; {@code meta} is the JSON object of the JSONL form. */
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("url")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("lang")
            .optional(PrimitiveTypeName.DOUBLE).named("lang_score")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("title")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("text")
            .requiredGroup()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("file")
                .optional(PrimitiveTypeName.INT64).named("offset")
                .optional(PrimitiveTypeName.INT64).named("line")
                .named("source")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.jsonType()).named("meta")
            .named("document");

    /** 16 MiB: a shard's rows in memory before they go to disk (each worker thread holds one). */
    static final long ROW_GROUP_BYTES = 16L << 20;
    private static final int PAGE_BYTES = 1 << 20;
    private static final int ZSTD_LEVEL = 3;

    private final AtomicFile file;
    private final ParquetWriter<Document> writer;

    private ParquetCleanWriter(AtomicFile file, ParquetWriter<Document> writer) {
        this.file = file;
        this.writer = writer;
    }

    static ParquetCleanWriter create(Path target, OutputCompression compression) throws IOException {
        AtomicFile file = AtomicFile.create(target);
        try {
            ParquetWriter<Document> w = new Builder(new AtomicOutputFile(file))
                    .withConf(new PlainParquetConfiguration())
                    .withCodecFactory(PageCodecs.INSTANCE)
                    .withCompressionCodec(codec(compression))
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .withPageSize(PAGE_BYTES)
                    // texts, ids and urls rarely repeat: a dictionary would be built only to be dropped
                    .withDictionaryEncoding(false)
                    .withDictionaryEncoding("lang", true)
                    .withDictionaryEncoding("source.file", true)
                    .build();
            return new ParquetCleanWriter(file, w);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static CompressionCodecName codec(OutputCompression c) {
        return switch (c) {
            case ZSTD -> CompressionCodecName.ZSTD;
            case GZIP -> CompressionCodecName.GZIP;
            case NONE -> CompressionCodecName.UNCOMPRESSED;
        };
    }

    @Override
    public void write(Document d) throws IOException {
        writer.write(d);
    }

    @Override
    public Path target() {
        return file.target();
    }

    @Override
    public void commit() throws IOException {
        writer.close(); // the footer
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Document, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Document> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new DocumentWriteSupport();
        }

        @Override
        protected WriteSupport<Document> getWriteSupport(ParquetConfiguration conf) {
            return new DocumentWriteSupport();
        }
    }

    /** A document as a row of {@link #SCHEMA}; absent optional values are left out, as Parquet nulls are. */
    private static final class DocumentWriteSupport extends WriteSupport<Document> {
        private RecordConsumer out;

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Document d) {
            out.startMessage();
            string(0, "id", d.id());
            string(1, "url", d.url().orElse(null));
            LanguageGuess lang = d.lang().orElse(null);
            if (lang != null) {
                string(2, "lang", lang.code());
                out.startField("lang_score", 3);
                out.addDouble(DocumentJson.round4(lang.score()));
                out.endField("lang_score", 3);
            }
            string(4, "title", d.title().orElse(null));
            string(5, "text", d.text());
            Source s = d.source();
            out.startField("source", 6);
            out.startGroup();
            string(0, "file", s.file());
            if (s.offset() >= 0) int64(1, "offset", s.offset());
            if (s.line() >= 0) int64(2, "line", s.line());
            out.endGroup();
            out.endField("source", 6);
            try {
                string(7, "meta", DocumentJson.MAPPER.writeValueAsString(d.meta().asMap()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("meta of " + d.id() + " is not JSON", e);
            }
            out.endMessage();
        }

        private void string(int index, String field, String value) {
            if (value == null) return;
            out.startField(field, index);
            out.addBinary(Binary.fromString(value));
            out.endField(field, index);
        }

        private void int64(int index, String field, long value) {
            out.startField(field, index);
            out.addLong(value);
            out.endField(field, index);
        }
    }

    /** An {@link OutputFile} over an atomic file's stream; Parquet's close of the stream only flushes it. */
    private record AtomicOutputFile(AtomicFile file) implements OutputFile {
        @Override
        public PositionOutputStream create(long blockSizeHint) {
            OutputStream out = file.stream();
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() {
                    return pos;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.flush(); // AtomicFile.commit closes and renames
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return file.target().toString();
        }
    }

    /**
     * Parquet's page codecs without Hadoop's: ZSTD by zstd-jni, GZIP by {@code java.util.zip} (a gzip
     * stream per page, as Parquet's GZIP is), UNCOMPRESSED as is. Writing only.
     */
    enum PageCodecs implements CompressionCodecFactory {
        INSTANCE;

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    return switch (codec) {
                        case ZSTD -> BytesInput.from(Zstd.compress(bytes.toByteArray(), ZSTD_LEVEL));
                        case GZIP -> {
                            var buf = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, bytes.size() / 3 + 64));
                            try (var gz = new GZIPOutputStream(buf)) {
                                bytes.writeAllTo(gz);
                            }
                            yield BytesInput.from(buf.toByteArray());
                        }
                        case UNCOMPRESSED -> bytes;
                        default -> throw new IllegalArgumentException("saring writes no " + codec + " pages");
                    };
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("saring's Parquet codecs write; read with a Parquet reader");
        }

        @Override
        public void release() {
        }
    }
}
