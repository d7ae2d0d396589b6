package dev.saring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** HTML input files of {@code saring extract}: listing folders, reading (gunzipped by magic bytes), naming. */
final class HtmlInputs {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    private HtmlInputs() {
    }

    /** The files given, with folders replaced by the HTML files below them, sorted by path. */
    static List<Path> expand(List<Path> given) throws IOException {
        var out = new ArrayList<Path>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(HtmlInputs::looksLikeHtml).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean looksLikeHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /** The bytes of a file, gunzipped when they start with the gzip magic. */
    static byte[] read(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            return ungzipIfNeeded(b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    static byte[] read(InputStream in) throws IOException {
        return ungzipIfNeeded(in.readAllBytes());
    }

    private static byte[] ungzipIfNeeded(byte[] b) throws IOException {
        if (b.length >= 2 && (b[0] & 0xFF) == GZIP_MAGIC_0 && (b[1] & 0xFF) == GZIP_MAGIC_1) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                return in.readAllBytes();
            }
        }
        return b;
    }

    /** The output name of an input: its file name without {@code .gz} and without its HTML extension. */
    static String stem(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : new String[] {".html", ".htm", ".xhtml"}) {
            if (lower.endsWith(ext)) return n.substring(0, n.length() - ext.length());
        }
        return n;
    }
}
