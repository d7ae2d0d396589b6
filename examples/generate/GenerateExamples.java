import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes saring's example corpus: a WARC of made-up news pages, a JSONL of already-extracted text with one
 * broken line, and a README that says what a good cleaner does with each page.
 *
 * <pre>java examples/generate/GenerateExamples.java examples/crawl</pre>
 *
 * Needs only a JDK (17+). The output is byte-identical from run to run: record ids come from a fixed seed,
 * dates are fixed, and each WARC record is its own gzip member (whose header carries no time).
 * Every site, person, place and article is invented; hosts use the reserved {@code .example} domain and
 * addresses the documentation range 192.0.2.0/24.
 * This source is pure ASCII (non-ASCII letters are written as unicode escapes) so that it compiles the same
 * whatever the platform charset; typographic quotes and dashes are made at run time by {@link Text#smart}.
 */
public class GenerateExamples {

    static final String WARC_NAME = "warung-berita.warc.gz";
    static final String JSONL_NAME = "ekstrak-teks.jsonl";
    static final String README_NAME = "README.md";

    /** Seed of the record ids: change it and every WARC-Record-ID changes. */
    static final long RECORD_ID_SEED = 20240329L;
    static final Instant CRAWL_START = Instant.parse("2024-03-29T01:00:00Z");
    static final int SECONDS_BETWEEN_FETCHES = 7;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java examples/generate/GenerateExamples.java OUTPUT_DIR");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Row> warcRows = new ArrayList<>();
        List<Row> jsonlRows = new ArrayList<>();
        byte[] warc = Crawl.write(warcRows);
        byte[] jsonl = Scraped.write(jsonlRows);
        Files.write(out.resolve(WARC_NAME), warc);
        Files.write(out.resolve(JSONL_NAME), jsonl);
        // The README goes beside the corpus folder, not into it: `saring run examples/crawl` reads every file there.
        Files.write(out.toAbsolutePath().getParent().resolve(README_NAME), Readme.text(warcRows, jsonlRows).getBytes(StandardCharsets.UTF_8));
        System.out.printf("wrote %s (%d bytes, %d records), %s (%d bytes), %s%n", WARC_NAME, warc.length,
                warcRows.size(), JSONL_NAME, jsonl.length, README_NAME);
    }

    /** One line of the README's tables: what a record or line shows and what a good cleaner does with it. */
    record Row(String where, String url, String shows, String expected) {}

    // ------------------------------------------------------------------------------------------------
    // The crawl: which pages, in which order, with which charset.
    // ------------------------------------------------------------------------------------------------

    /** How a page tells its charset. */
    enum Declared { HEADER_AND_META, META_ONLY }

    static final class Crawl {
        static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
        static final String KABAR_IP = "192.0.2.41";
        static final String HARBOUR_IP = "192.0.2.77";
        static final int ROB_PAGE_INDEX = 1;

        static byte[] write(List<Row> rows) {
            var w = new WarcWriter(RECORD_ID_SEED, CRAWL_START, SECONDS_BETWEEN_FETCHES);
            w.warcinfo(WARC_NAME, """
                    software: GenerateExamples (saring example corpus)
                    format: WARC File Format 1.1
                    conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/
                    isPartOf: saring-examples
                    description: Made-up news pages; every site, person, place and article is invented.
                    http-header-user-agent: ExampleBot/1.0 (+https://crawler.example/bot)
                    """);
            rows.add(new Row("0 warcinfo", "", "what the crawler was", "not a document: skipped"));

            Article cabai = Article.parse(Content.CABAI);
            Article rob = Article.parse(Content.ROB);
            Article voli = Article.parse(Content.VOLI);
            Article dbd = Article.parse(Content.DBD);
            Article sekolah = Article.parse(Content.SEKOLAH);
            Article cabaiLagi = Content.cabaiFollowUp(cabai);
            Article nelayan = Article.parse(Content.NELAYAN_MS);
            Article ferry = Article.parse(Content.FERRY);
            Article bakery = Article.parse(Content.BAKERY);
            Article storm = Article.parse(Content.STORM);
            Article rowing = Article.parse(Content.ROWING);

            String cabaiUrl = KabarNusa.url(cabai);
            w.fetch(rows, w.request(cabaiUrl, "www.kabarnusa.example", "id,en;q=0.8"),
                    cabaiUrl, KABAR_IP, KabarNusa.ok(html(KabarNusa.page(cabai, 0), StandardCharsets.UTF_8), "text/html; charset=UTF-8"),
                    "request record before it; JSON-LD NewsArticle, OpenGraph; charset in header and `<meta>`; "
                            + "subheading, Baca juga, ADVERTISEMENT marker, credits (rka/dpr); its own headline is also in "
                            + "every page's Terpopuler list",
                    "keep " + body(cabai) + "; drop Baca juga, ad marker, credits, tags, menus, lists, share, "
                            + "promo, comments, cookie banner, footer (the caption is optional)");

            w.fetch(rows, null, "https://www.kabarnusa.example/assets/img/logo-kabarnusa.png", KABAR_IP,
                    KabarNusa.ok(Png.logo(), "image/png"), "image/png response", "not HTML: skipped");

            byte[] robPage = html(KabarNusa.page(rob, ROB_PAGE_INDEX), StandardCharsets.UTF_8);
            w.fetch(rows, null, KabarNusa.url(rob), KABAR_IP, KabarNusa.ok(robPage, "text/html"),
                    "charset only in `<meta charset>`; the same article is also in " + JSONL_NAME + " (sp-0007)",
                    "keep " + body(rob) + " from one of its three copies (this, the next record, sp-0007)");
            w.fetch(rows, null, KabarNusa.url(rob) + "?utm_source=whatsapp&utm_medium=social", KABAR_IP,
                    KabarNusa.ok(robPage, "text/html"), "exact duplicate: same page at a tracking URL",
                    "drop: exact duplicate");

            w.fetch(rows, null, KabarNusa.url(voli), KABAR_IP,
                    KabarNusa.ok(html(KabarNusa.legacyPage(voli), StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1"),
                    "2019 archive page, table layout, paragraphs split by `<br><br>`; ISO-8859-1 only in the HTTP "
                            + "header (Jo\u00E3o, \u00B1, \u00B0C)",
                    "keep " + body(voli) + ", decoded right (no mojibake); drop menus, lists, footer");

            w.fetch(rows, null, KabarNusa.url(dbd), KABAR_IP,
                    KabarNusa.ok(html(KabarNusa.page(dbd, 2), StandardCharsets.UTF_8), "text/html; charset=UTF-8"),
                    "no JSON-LD; credits as 'Editor: ...'", "keep " + body(dbd) + "; drop furniture and the Editor line");

            w.fetch(rows, null, KabarNusa.url(sekolah), KABAR_IP,
                    KabarNusa.ok(html(KabarNusa.page(sekolah, 3), StandardCharsets.UTF_8), "text/html; charset=UTF-8"),
                    "JSON-LD; its headline is in every page's Pilihan list", "keep " + body(sekolah) + "; drop furniture");

            w.fetch(rows, null, KabarNusa.url(cabaiLagi), KABAR_IP,
                    KabarNusa.ok(html(KabarNusa.page(cabaiLagi, 4), StandardCharsets.UTF_8), "text/html; charset=UTF-8"),
                    "near duplicate of record 2: republished next day, new headline, a few words edited",
                    "drop: near duplicate of record 2");

            w.fetch(rows, null, KabarNusa.url(nelayan), KABAR_IP,
                    KabarNusa.ok(html(KabarNusa.page(nelayan, 5), StandardCharsets.UTF_8), "text/html; charset=UTF-8"),
                    "Malay article (partner content) inside the Indonesian site's furniture",
                    "lang ms, not id: drop when ms is not wanted");

            w.fetch(rows, null, "https://www.kabarnusa.example/api/v1/terpopuler.json", KABAR_IP,
                    KabarNusa.ok(KabarNusa.popularJson(), "application/json; charset=utf-8"),
                    "application/json response", "not HTML: skipped");

            String oldFerryUrl = "http://harbourtimes.example/ferry-terminal";
            w.fetch(rows, w.request(oldFerryUrl, "harbourtimes.example", "en-GB,en;q=0.9"), oldFerryUrl, HARBOUR_IP,
                    HarbourTimes.redirect(HarbourTimes.url(ferry)), "request record before it; 301 redirect",
                    "not a 200 page: skipped");

            w.fetch(rows, null, HarbourTimes.url(ferry), HARBOUR_IP,
                    HarbourTimes.ok(html(HarbourTimes.page(ferry, 0, Declared.HEADER_AND_META), StandardCharsets.UTF_8), "text/html; charset=utf-8"),
                    "English; JSON-LD; Read also; 'Article continues below' ad marker; newsletter box",
                    "keep " + body(ferry) + "; drop furniture and Editor line");

            w.fetch(rows, null, HarbourTimes.url(bakery), HARBOUR_IP,
                    HarbourTimes.ok(html(HarbourTimes.page(bakery, 1, Declared.META_ONLY), WINDOWS_1252), "text/html"),
                    "windows-1252 declared only in `<meta http-equiv>`: curly quotes, en dashes, \u00A3, \u00C9; "
                            + "`Crust &amp; Crumb` entity",
                    "keep " + body(bakery) + ", decoded right; drop furniture");

            w.fetch(rows, null, HarbourTimes.url(storm), HARBOUR_IP,
                    HarbourTimes.ok(html(HarbourTimes.page(storm, 2, Declared.HEADER_AND_META), StandardCharsets.UTF_8), "text/html; charset=utf-8"),
                    "JSON-LD; its headline is in every page's Most read list", "keep " + body(storm) + "; drop furniture");

            w.fetch(rows, null, HarbourTimes.url(rowing), HARBOUR_IP,
                    HarbourTimes.ok(html(HarbourTimes.page(rowing, 3, Declared.HEADER_AND_META), StandardCharsets.UTF_8), "text/html; charset=utf-8"),
                    "'READ MORE:' link paragraph instead of 'Read also:'", "keep " + body(rowing) + "; drop furniture");

            w.fetch(rows, null, "https://www.harbourtimes.example/news/local/", HARBOUR_IP,
                    HarbourTimes.ok(html(HarbourTimes.indexPage(List.of(ferry, storm, bakery, rowing)), StandardCharsets.UTF_8), "text/html; charset=utf-8"),
                    "section index: headlines and one-line teasers, no article",
                    "drop: no main content (quality filter)");
            return w.bytes();
        }

        /** What a good cleaner keeps of an article: "title, subheading and 7 paragraphs". */
        static String body(Article a) {
            long paragraphs = a.parts().stream().filter(p -> p instanceof Para).count();
            long subheads = a.parts().stream().filter(p -> p instanceof Subhead).count();
            return "title, " + (subheads == 1 ? "subheading" : subheads + " subheadings") + " and " + paragraphs + " paragraphs";
        }

        static byte[] html(String page, Charset charset) {
            return Text.encodeStrictly(page, charset);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Articles: a small header ("key: value" lines, then "---"), then blocks split by blank lines:
    //   "## text" a subheading, ">> Label: Title | /path" a read-also link, "[AD]" an ad marker,
    //   anything else a paragraph.
    // ------------------------------------------------------------------------------------------------

    sealed interface Part permits Para, Subhead, ReadAlso, AdMarker {}

    record Para(String text) implements Part {}

    record Subhead(String text) implements Part {}

    record ReadAlso(String label, String title, String path) implements Part {}

    record AdMarker() implements Part {}

    record Article(Map<String, String> meta, List<Part> parts) {
        static final String HEADER_END = "\n---\n";

        static Article parse(String source) {
            int end = source.indexOf(HEADER_END);
            if (end < 0) throw new IllegalArgumentException("article without a '---' line after its header");
            Map<String, String> meta = new LinkedHashMap<>();
            for (String line : source.substring(0, end).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon < 0) throw new IllegalArgumentException("header line without ': ': " + line);
                meta.put(line.substring(0, colon), line.substring(colon + 2));
            }
            List<Part> parts = new ArrayList<>();
            for (String block : source.substring(end + HEADER_END.length()).strip().split("\n\n")) {
                String b = block.strip().replace('\n', ' ');
                if (b.equals("[AD]")) {
                    parts.add(new AdMarker());
                } else if (b.startsWith("## ")) {
                    parts.add(new Subhead(b.substring(3)));
                } else if (b.startsWith(">> ")) {
                    int colon = b.indexOf(": ");
                    int bar = b.lastIndexOf(" | ");
                    if (colon < 0 || bar < colon) throw new IllegalArgumentException("read-also without 'Label: Title | /path': " + b);
                    parts.add(new ReadAlso(b.substring(3, colon), b.substring(colon + 2, bar), b.substring(bar + 3)));
                } else {
                    parts.add(new Para(b));
                }
            }
            return new Article(meta, List.copyOf(parts));
        }

        String get(String key) {
            String v = meta.get(key);
            if (v == null) throw new IllegalStateException("article '" + meta.get("title") + "' has no '" + key + "'");
            return v;
        }

        static Map<String, String> urlsByTitle(String base, String... sources) {
            var m = new LinkedHashMap<String, String>();
            for (String s : sources) {
                Article a = parse(s);
                m.put(a.get("title"), base + a.get("path"));
            }
            return m;
        }

        boolean has(String key) {
            return meta.containsKey(key);
        }

        String slug() {
            String path = get("path");
            return path.substring(path.lastIndexOf('/') + 1);
        }

        OffsetDateTime published() {
            return OffsetDateTime.parse(get("published"));
        }

        List<String> tags() {
            return List.of(get("tags").split(", "));
        }

        Article with(String key, String value) {
            var m = new LinkedHashMap<>(meta);
            m.put(key, value);
            return new Article(m, parts);
        }

        /** A copy with one phrase of the body replaced; fails if the phrase is not there, so edits stay real. */
        Article edit(String from, String to) {
            List<Part> out = new ArrayList<>();
            boolean found = false;
            for (Part p : parts) {
                if (p instanceof Para para && para.text().contains(from)) {
                    out.add(new Para(para.text().replace(from, to)));
                    found = true;
                } else {
                    out.add(p);
                }
            }
            if (!found) throw new IllegalStateException("phrase not in article: " + from);
            return new Article(meta, List.copyOf(out));
        }
    }

    // ------------------------------------------------------------------------------------------------
    // KabarNusa: an Indonesian news site. Menus, lists and footer are the same on every page.
    // ------------------------------------------------------------------------------------------------

    static final class KabarNusa {
        static final String HOST = "www.kabarnusa.example";
        static final String BASE = "https://" + HOST;
        static final String TODAY = "Jumat, 29 Maret 2024";
        static final int RELATED_PER_PAGE = 3;

        static final List<String> MENU = List.of("Beranda", "Berita", "Ekonomi", "Daerah", "Olahraga", "Teknologi",
                "Kesehatan", "Pendidikan", "Gaya Hidup", "Indeks", "Video", "Foto");
        static final List<String> TRENDING = List.of("#HargaPangan", "#MudikLebaran", "#BanjirRob", "#DBD", "#Ramadan2024");
        static final List<String> POPULAR = List.of(
                "Harga Cabai Rawit di Pasar Induk Sukamaju Tembus Rp95 Ribu per Kilogram",
                "Jadwal Imsakiyah dan Buka Puasa Kota Sukamaju Hari Ini",
                "Banjir Rob Rendam Ratusan Rumah Nelayan di Pesisir Tanjung Sari",
                "Kereta Tambahan Lebaran Mulai Dijual, Ini Cara Memesannya",
                "Pemkot Sukamaju Buka 300 Formasi Guru PPPK Tahun Ini");
        static final List<String[]> LATEST = List.of(
                new String[] {"Jalan Lingkar Utara Sukamaju Mulai Diperbaiki Pekan Depan", "15 menit lalu"},
                new String[] {"Festival Kuliner Pesisir Digelar Akhir Pekan Ini", "32 menit lalu"},
                new String[] {"Warga Keluhkan Lampu Jalan Padam di Kawasan Pasar Lama", "1 jam lalu"},
                new String[] {"Harga Bawang Merah Turun Setelah Panen Raya", "1 jam lalu"},
                new String[] {"Dua Pelajar Terseret Ombak di Pantai Sendang, Satu Belum Ditemukan", "2 jam lalu"},
                new String[] {"Kasus DBD Meningkat, Dinkes Tanjung Sari Imbau Warga Gencarkan 3M Plus", "3 jam lalu"});
        static final List<String> PICKS = List.of(
                "FOTO: Semarak Pasar Takjil di Alun-Alun Sukamaju",
                "VIDEO: Detik-detik Tanggul Darurat Jebol di Muara Baru",
                "Sekolah di Lereng Gunung Lawang Kembali Gelar Belajar Tatap Muka",
                "INFOGRAFIS: Daftar Harga Bahan Pokok Sepekan Jelang Lebaran");
        static final List<String> RELATED = List.of(
                "Stok Beras di Gudang Sukamaju Aman hingga Juni",
                "Cuaca Ekstrem, Nelayan Tanjung Sari Diminta Tak Melaut",
                "Puskesmas di Tanjung Sari Buka Layanan hingga Malam Selama Ramadan",
                "Status Gunung Lawang Turun ke Level Waspada, Pengungsi Mulai Pulang",
                "Pemkot Sukamaju Gelar Pasar Murah di Lima Kecamatan",
                "Harga Bawang Merah Turun Setelah Panen Raya",
                "Sukamaju Siap Jadi Tuan Rumah Porprov 2026",
                "Antrean Tiket Mudik Mengular di Terminal Sukamaju");
        static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
        static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                "September", "Oktober", "November", "Desember"};

        static String url(Article a) {
            return BASE + a.get("path");
        }

        static byte[] ok(byte[] body, String contentType) {
            return Http.response(200, "OK", List.of(
                    "Server: nginx",
                    "Date: " + Http.DATE_PLACEHOLDER,
                    "Content-Type: " + contentType,
                    "Content-Length: " + body.length,
                    "Connection: close",
                    "Vary: Accept-Encoding",
                    "Cache-Control: public, max-age=300",
                    "X-Cache: HIT"), body);
        }

        static String displayDate(OffsetDateTime t) {
            return String.format(Locale.ROOT, "%s, %d %s %d %02d:%02d WIB", DAYS[t.getDayOfWeek().getValue() - 1],
                    t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(), t.getHour(), t.getMinute());
        }

        /** Headlines of articles in the crawl link to their pages, the others to pages outside it. */
        static final Map<String, String> CRAWLED = Article.urlsByTitle(BASE, Content.CABAI, Content.ROB, Content.DBD, Content.SEKOLAH);

        static String link(String title) {
            String href = CRAWLED.getOrDefault(title, BASE + "/berita/" + Text.slugOf(title));
            return "<a href=\"" + href + "\">" + Text.esc(title) + "</a>";
        }

        static String page(Article a, int index) {
            String title = Text.smart(a.get("title"));
            String description = Text.smart(a.get("description"));
            String image = "https://img.kabarnusa.example/" + a.published().toLocalDate().toString().replace('-', '/')
                    + "/" + a.slug() + ".jpg";
            var b = new StringBuilder(16_384);
            b.append("<!DOCTYPE html>\n<html lang=\"").append(a.has("lang") ? a.get("lang") : "id").append("\">\n<head>\n");
            b.append("<meta charset=\"utf-8\">\n");
            b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            b.append("<title>").append(Text.esc(title)).append(" | KabarNusa</title>\n");
            b.append("<meta name=\"description\" content=\"").append(Text.esc(description)).append("\">\n");
            b.append("<meta name=\"author\" content=\"").append(Text.esc(a.get("author"))).append("\">\n");
            b.append("<link rel=\"canonical\" href=\"").append(url(a)).append("\">\n");
            b.append("<meta property=\"og:site_name\" content=\"KabarNusa\">\n");
            b.append("<meta property=\"og:type\" content=\"article\">\n");
            b.append("<meta property=\"og:title\" content=\"").append(Text.esc(title)).append("\">\n");
            b.append("<meta property=\"og:description\" content=\"").append(Text.esc(description)).append("\">\n");
            b.append("<meta property=\"og:url\" content=\"").append(url(a)).append("\">\n");
            b.append("<meta property=\"og:image\" content=\"").append(image).append("\">\n");
            b.append("<meta property=\"article:published_time\" content=\"").append(a.get("published")).append("\">\n");
            b.append("<meta property=\"article:section\" content=\"").append(a.get("section")).append("\">\n");
            b.append("<link rel=\"stylesheet\" href=\"/assets/css/main.3f9a1c.css\">\n");
            b.append("<style>.cookie-banner{position:fixed;bottom:0;left:0;right:0}.ads-label{font-size:10px;color:#999}</style>\n");
            if (a.has("jsonld")) {
                b.append("<script type=\"application/ld+json\">").append(Json.newsArticle(a, title, description, url(a),
                        image, a.has("lang") ? a.get("lang") : "id", "KabarNusa", BASE + "/assets/img/logo-kabarnusa.png"))
                        .append("</script>\n");
            }
            b.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}")
                    .append("gtag('js',new Date());gtag('config','G-KN00EXAMPLE');</script>\n");
            b.append("</head>\n<body class=\"single-article\">\n");
            b.append("<div id=\"cookie-consent\" class=\"cookie-banner\"><p>Kami menggunakan cookie untuk memberikan ")
                    .append("pengalaman terbaik di situs ini. Dengan melanjutkan, Anda menyetujui <a href=\"/kebijakan-privasi\">")
                    .append("Kebijakan Privasi</a> kami.</p><button type=\"button\">Setuju</button></div>\n");
            header(b);
            b.append("<div class=\"container\">\n<main class=\"content\">\n");
            b.append("<nav class=\"breadcrumb\"><a href=\"/\">Beranda</a> <span>&rsaquo;</span> <a href=\"/")
                    .append(a.get("section").toLowerCase(Locale.ROOT)).append("\">").append(a.get("section"))
                    .append("</a> <span>&rsaquo;</span> <a href=\"/").append(a.get("section").toLowerCase(Locale.ROOT))
                    .append("/").append(a.get("subsection").toLowerCase(Locale.ROOT).replace(' ', '-')).append("\">")
                    .append(a.get("subsection")).append("</a></nav>\n");
            b.append("<article class=\"detail\">\n");
            b.append("<h1 class=\"detail__title\">").append(Text.esc(title)).append("</h1>\n");
            b.append("<div class=\"detail__meta\"><span class=\"detail__author\">").append(Text.esc(a.get("author")))
                    .append(" - KabarNusa</span> <time datetime=\"").append(a.get("published")).append("\">")
                    .append(displayDate(a.published())).append("</time></div>\n");
            b.append("<div class=\"share share--top\"><a href=\"#\" class=\"share__fb\">Facebook</a><a href=\"#\" class=\"share__x\">X</a>")
                    .append("<a href=\"#\" class=\"share__wa\">WhatsApp</a><span class=\"share__count\">128 kali dibagikan</span></div>\n");
            b.append("<figure class=\"detail__media\"><img src=\"").append(image).append("\" alt=\"").append(Text.esc(title))
                    .append("\" width=\"720\" height=\"405\"><figcaption>").append(Text.esc(Text.smart(a.get("caption"))))
                    .append("</figcaption></figure>\n");
            b.append("<div class=\"detail__body\">\n");
            boolean first = true;
            for (Part p : a.parts()) {
                if (p instanceof Para para) {
                    b.append("<p>");
                    if (first) b.append("<strong>").append(a.get("dateline")).append("</strong> &ndash; ");
                    b.append(Text.esc(Text.smart(para.text()))).append("</p>\n");
                    first = false;
                } else if (p instanceof Subhead s) {
                    b.append("<h2>").append(Text.esc(s.text())).append("</h2>\n");
                } else if (p instanceof ReadAlso r) {
                    b.append("<p class=\"baca-juga\"><strong>").append(r.label()).append(":</strong> <a href=\"")
                            .append(BASE).append(r.path()).append("\">").append(Text.esc(r.title())).append("</a></p>\n");
                } else {
                    b.append("<div class=\"ads-inarticle\"><span class=\"ads-label\">ADVERTISEMENT</span>")
                            .append("<div id=\"div-gpt-ad-inarticle-1\" data-slot=\"/kabarnusa/inarticle\"></div>")
                            .append("<p class=\"scroll-label\">SCROLL TO CONTINUE WITH CONTENT</p></div>\n");
                }
            }
            b.append("<p class=\"credits\">").append(Text.esc(a.get("credits"))).append("</p>\n");
            b.append("</div>\n");
            b.append("<div class=\"detail__tags\"><span>Tag:</span>");
            for (String tag : a.tags()) {
                b.append(" <a href=\"/tag/").append(tag.toLowerCase(Locale.ROOT).replace(' ', '-')).append("\">")
                        .append(Text.esc(tag)).append("</a>");
            }
            b.append("</div>\n");
            b.append("<div class=\"promo-wa\"><p>Dapatkan berita pilihan setiap hari langsung di ponsel Anda. ")
                    .append("Ikuti saluran WhatsApp KabarNusa dan jangan lewatkan kabar terkini dari daerah Anda.</p>")
                    .append("<a href=\"/whatsapp\">Gabung Sekarang</a></div>\n");
            b.append("<div class=\"share share--bottom\"><span>Bagikan:</span> <a href=\"#\">Facebook</a> <a href=\"#\">X</a> ")
                    .append("<a href=\"#\">WhatsApp</a> <a href=\"#\">Telegram</a> <a href=\"#\">Salin Tautan</a></div>\n");
            b.append("</article>\n");
            b.append("<section class=\"related\"><h2>Berita Terkait</h2>\n<ul>\n");
            for (String r : related(index)) b.append("<li>").append(link(r)).append("</li>\n");
            b.append("</ul>\n</section>\n");
            b.append("<section class=\"comments\"><h2>Komentar</h2><p>Silakan <a href=\"/masuk\">masuk</a> untuk menulis ")
                    .append("komentar. Komentar yang mengandung SARA, fitnah, atau ujaran kebencian akan dihapus.</p></section>\n");
            b.append("</main>\n");
            sidebar(b);
            b.append("</div>\n");
            footer(b);
            b.append("<script src=\"/assets/js/app.8c1d2e.js\" defer></script>\n</body>\n</html>\n");
            return b.toString();
        }

        static void header(StringBuilder b) {
            b.append("<header class=\"site-header\">\n");
            b.append("<div class=\"topbar\"><span class=\"today\">").append(TODAY)
                    .append("</span> <a href=\"/masuk\">Masuk</a> <a href=\"/daftar\">Daftar</a></div>\n");
            b.append("<a class=\"logo\" href=\"/\"><img src=\"/assets/img/logo-kabarnusa.png\" alt=\"KabarNusa\" width=\"160\" height=\"40\"></a>\n");
            b.append("<nav class=\"main-menu\"><ul>");
            for (String m : MENU) {
                b.append("<li><a href=\"").append(menuHref(m)).append("\">").append(m).append("</a></li>");
            }
            b.append("</ul></nav>\n<div class=\"trending\"><strong>Trending</strong>");
            for (String t : TRENDING) {
                b.append(" <a href=\"/tag/").append(t.substring(1).toLowerCase(Locale.ROOT)).append("\">").append(t).append("</a>");
            }
            b.append("</div>\n</header>\n");
        }

        /** The Berita Terkait list of the index-th page: a window that moves along the pool. */
        static List<String> related(int index) {
            var out = new ArrayList<String>();
            for (int i = 0; i < RELATED_PER_PAGE; i++) out.add(RELATED.get((index * 2 + i) % RELATED.size()));
            return out;
        }

        static String menuHref(String item) {
            return item.equals("Beranda") ? "/" : "/" + item.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        static void sidebar(StringBuilder b) {
            b.append("<aside class=\"sidebar\">\n");
            b.append("<div class=\"ads-sidebar\"><span class=\"ads-label\">ADVERTISEMENT</span><div id=\"div-gpt-ad-sidebar-1\"></div></div>\n");
            b.append("<section class=\"box box--popular\"><h2>Terpopuler</h2>\n<ol>\n");
            for (int i = 0; i < POPULAR.size(); i++) {
                b.append("<li><span class=\"rank\">").append(i + 1).append("</span>").append(link(POPULAR.get(i))).append("</li>\n");
            }
            b.append("</ol>\n</section>\n");
            b.append("<section class=\"box box--latest\"><h2>Terkini</h2>\n");
            for (String[] item : LATEST) {
                b.append("<div class=\"latest-item\">").append(link(item[0])).append(" <span class=\"time\">")
                        .append(item[1]).append("</span></div>\n<div class=\"sep\">-</div>\n");
            }
            b.append("</section>\n");
            b.append("<section class=\"box box--picks\"><h2>Pilihan</h2>\n");
            for (String p : PICKS) {
                b.append("<div class=\"pick\">").append(link(p)).append("</div>\n");
            }
            b.append("</section>\n</aside>\n");
        }

        static void footer(StringBuilder b) {
            b.append("<footer class=\"site-footer\">\n");
            b.append("<nav class=\"footer-links\"><a href=\"/tentang-kami\">Tentang Kami</a> | <a href=\"/redaksi\">Redaksi</a> | ")
                    .append("<a href=\"/pedoman-media-siber\">Pedoman Media Siber</a> | <a href=\"/kebijakan-privasi\">Kebijakan Privasi</a> | ")
                    .append("<a href=\"/disclaimer\">Disclaimer</a> | <a href=\"/kontak\">Kontak</a> | <a href=\"/karier\">Karier</a></nav>\n");
            b.append("<p class=\"follow\">Ikuti kami: Facebook &middot; Instagram &middot; X &middot; YouTube &middot; TikTok</p>\n");
            b.append("<p class=\"address\">PT Kabar Nusa Mediatama, Gedung Kenanga Lt. 3, Jl. Melati Raya No. 12, Kota Sukamaju</p>\n");
            b.append("<p class=\"copyright\">&copy; 2024 KabarNusa. Hak cipta dilindungi undang-undang. Dilarang mengutip ")
                    .append("sebagian atau seluruh isi tanpa izin tertulis dari redaksi.</p>\n");
            b.append("</footer>\n");
        }

        /** The site's 2019 template: tables, paragraphs split by {@code <br><br>}, no charset in the page. */
        static String legacyPage(Article a) {
            String title = a.get("title");
            var b = new StringBuilder(12_288);
            b.append("<html>\n<head>\n<title>").append(Text.esc(title)).append(" - KabarNusa</title>\n");
            b.append("<meta name=\"description\" content=\"").append(Text.esc(a.get("description"))).append("\">\n");
            b.append("<meta name=\"keywords\" content=\"").append(Text.esc(a.get("tags"))).append("\">\n");
            b.append("<meta property=\"og:title\" content=\"").append(Text.esc(title)).append("\">\n");
            b.append("<meta property=\"og:url\" content=\"").append(url(a)).append("\">\n");
            b.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/style2019.css\">\n");
            b.append("<script type=\"text/javascript\" src=\"/js/jquery-1.12.4.min.js\"></script>\n");
            b.append("</head>\n<body bgcolor=\"#ffffff\" topmargin=\"0\">\n");
            b.append("<table width=\"980\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr>\n");
            b.append("<td width=\"200\"><a href=\"/\"><img src=\"/images/logo_kabarnusa.gif\" alt=\"KabarNusa\" border=\"0\"></a></td>\n<td class=\"menu\">");
            for (int i = 0; i < MENU.size(); i++) {
                if (i > 0) b.append(" | ");
                b.append("<a href=\"").append(menuHref(MENU.get(i))).append("\">").append(MENU.get(i)).append("</a>");
            }
            b.append("</td>\n</tr></table>\n");
            b.append("<table width=\"980\" align=\"center\" cellpadding=\"8\"><tr>\n<td width=\"650\" valign=\"top\">\n");
            b.append("<div class=\"breadcrumb\"><a href=\"/\">Beranda</a> &raquo; <a href=\"/olahraga\">")
                    .append(a.get("section")).append("</a></div>\n");
            b.append("<h1 class=\"judul\">").append(Text.esc(title)).append("</h1>\n");
            b.append("<div class=\"tanggal\">").append(displayDate(a.published())).append(" | Penulis: ")
                    .append(Text.esc(a.get("author"))).append("</div>\n");
            b.append("<div class=\"isi\">\n<b>").append(a.get("dateline")).append("</b> - ");
            boolean first = true;
            for (Part p : a.parts()) {
                if (!first) b.append("<br><br>\n");
                if (p instanceof Para para) {
                    b.append(Text.esc(para.text()));
                } else if (p instanceof Subhead s) {
                    b.append("<b>").append(Text.esc(s.text())).append("</b>");
                } else if (p instanceof ReadAlso r) {
                    b.append("<b>").append(r.label()).append(":</b> <a href=\"").append(BASE).append(r.path()).append("\">")
                            .append(Text.esc(r.title())).append("</a>");
                } else {
                    b.append("<div class=\"iklan\">ADVERTISEMENT</div>");
                }
                first = false;
            }
            b.append("<br><br>\n").append(Text.esc(a.get("credits"))).append("\n</div>\n");
            b.append("<div class=\"bagikan\">Bagikan: <a href=\"#\">Facebook</a> | <a href=\"#\">Twitter</a> | <a href=\"#\">Email</a></div>\n");
            b.append("</td>\n<td width=\"330\" valign=\"top\">\n<div class=\"box-judul\">Terpopuler</div>\n");
            for (int i = 0; i < POPULAR.size(); i++) {
                b.append(i + 1).append(". ").append(link(POPULAR.get(i))).append("<br>\n");
            }
            b.append("</td>\n</tr></table>\n<div id=\"footer\" align=\"center\">\n");
            b.append("<a href=\"/tentang-kami\">Tentang Kami</a> | <a href=\"/redaksi\">Redaksi</a> | ")
                    .append("<a href=\"/pedoman-media-siber\">Pedoman Media Siber</a> | <a href=\"/kontak\">Kontak</a><br>\n");
            b.append("&copy; 2024 KabarNusa. Hak cipta dilindungi undang-undang. Dilarang mengutip sebagian atau ")
                    .append("seluruh isi tanpa izin tertulis dari redaksi.\n</div>\n</body>\n</html>\n");
            return b.toString();
        }

        static byte[] popularJson() {
            var b = new StringBuilder("{\"status\":\"ok\",\"updated\":\"2024-03-29T08:00:00+07:00\",\"data\":[");
            for (int i = 0; i < POPULAR.size(); i++) {
                if (i > 0) b.append(',');
                String title = POPULAR.get(i);
                b.append("{\"rank\":").append(i + 1).append(",\"title\":").append(Json.str(title))
                        .append(",\"url\":").append(Json.str(BASE + "/berita/" + Text.slugOf(title))).append('}');
            }
            return b.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Harbour Times: an English local paper.
    // ------------------------------------------------------------------------------------------------

    static final class HarbourTimes {
        static final String HOST = "www.harbourtimes.example";
        static final String BASE = "https://" + HOST;
        static final int RELATED_PER_PAGE = 3;
        static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'GMT'", Locale.ENGLISH);

        static final List<String> NAV = List.of("Home", "News", "Business", "Sport", "Weather", "Opinion", "Community",
                "Puzzles", "Jobs", "Subscribe");
        static final List<String> MOST_READ = List.of(
                "Council Approves \u00A314m Ferry Terminal Upgrade After Two-Year Delay",
                "Car Park Charges to Rise at Westcliff Seafront",
                "Amber Wind Warning Issued as Coastal Towns Brace for Gales",
                "Lifeboat Crew Rescues Two Kayakers off Gull Point",
                "New Bus Timetable Cuts Evening Services to Outlying Villages");
        static final List<String[]> LATEST = List.of(
                new String[] {"Man Charged After Break-In at Marine Parade Amusements", "12 mins ago"},
                new String[] {"Westcliff Primary Pupils Raise \u00A31,200 for Hospice", "40 mins ago"},
                new String[] {"Roadworks to Close Mill Lane Overnight Next Week", "1 hr ago"},
                new String[] {"Port Elwick Athletic Sign Striker on Loan", "2 hrs ago"});
        static final List<String> PICKS = List.of(
                "Opinion: The Harbour Needs a Plan, Not Another Consultation",
                "Puzzles: Today's Crossword, Sudoku and Word Wheel",
                "Harbour Rowing Club Marks 100 Years on the Water");
        static final List<String> RELATED = List.of(
                "Ferry Operator Adds Early Sailing to Skerra Island Timetable",
                "Seafront Caf\u00E9 Reopens After Winter Refit",
                "Lifeboat Crew Rescues Two Kayakers off Gull Point",
                "Harbour Regatta Returns After Three-Year Break",
                "Primary School Gets Green Light for New Classrooms",
                "Fishermen Warn of Falling Crab Catches",
                "Library Opening Hours Extended Over Easter");

        static String url(Article a) {
            return BASE + a.get("path");
        }

        static byte[] ok(byte[] body, String contentType) {
            return Http.response(200, "OK", List.of(
                    "Date: " + Http.DATE_PLACEHOLDER,
                    "Server: Apache",
                    "Content-Type: " + contentType,
                    "Content-Length: " + body.length,
                    "Connection: close",
                    "X-Frame-Options: SAMEORIGIN",
                    "Cache-Control: max-age=120",
                    "Age: 37"), body);
        }

        static byte[] redirect(String location) {
            byte[] body = ("<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
                    + "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            return Http.response(301, "Moved Permanently", List.of(
                    "Server: nginx",
                    "Date: " + Http.DATE_PLACEHOLDER,
                    "Content-Type: text/html",
                    "Content-Length: " + body.length,
                    "Connection: close",
                    "Location: " + location), body);
        }

        static final Map<String, String> CRAWLED = Article.urlsByTitle(BASE, Content.FERRY, Content.STORM, Content.ROWING);

        static String link(String title) {
            String href = CRAWLED.getOrDefault(title, BASE + "/news/" + Text.slugOf(title));
            return "<a href=\"" + href + "\">" + Text.esc(Text.smart(title)) + "</a>";
        }

        static String page(Article a, int index, Declared declared) {
            String title = Text.smart(a.get("title"));
            String description = Text.smart(a.get("description"));
            String image = BASE + "/images/2024/03/" + a.slug() + "-1200x675.jpg";
            var b = new StringBuilder(16_384);
            b.append("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n");
            if (declared == Declared.META_ONLY) {
                b.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n");
            } else {
                b.append("<meta charset=\"utf-8\">\n");
            }
            b.append("<title>").append(Text.esc(title)).append(" | Harbour Times</title>\n");
            b.append("<meta name=\"description\" content=\"").append(Text.esc(description)).append("\">\n");
            b.append("<link rel=\"canonical\" href=\"").append(url(a)).append("\">\n");
            b.append("<meta property=\"og:type\" content=\"article\">\n");
            b.append("<meta property=\"og:site_name\" content=\"Harbour Times\">\n");
            b.append("<meta property=\"og:title\" content=\"").append(Text.esc(title)).append("\">\n");
            b.append("<meta property=\"og:description\" content=\"").append(Text.esc(description)).append("\">\n");
            b.append("<meta property=\"og:url\" content=\"").append(url(a)).append("\">\n");
            b.append("<meta property=\"og:image\" content=\"").append(image).append("\">\n");
            b.append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
            b.append("<meta property=\"article:published_time\" content=\"").append(a.get("published")).append("\">\n");
            b.append("<meta property=\"article:author\" content=\"").append(Text.esc(a.get("author"))).append("\">\n");
            if (a.has("jsonld")) {
                b.append("<script type=\"application/ld+json\">").append(Json.newsArticle(a, title, description, url(a),
                        image, "en-GB", "Harbour Times", BASE + "/static/logo-600x60.png")).append("</script>\n");
            }
            b.append("<link rel=\"stylesheet\" href=\"/static/css/site.min.css?v=212\">\n");
            b.append("<script async src=\"https://ads.adnetwork.example/tag.js\"></script>\n");
            b.append("</head>\n<body class=\"article-page\">\n");
            b.append("<noscript><img src=\"https://stats.harbourtimes.example/pixel.gif\" alt=\"\" width=\"1\" height=\"1\"></noscript>\n");
            b.append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");
            b.append("<header class=\"masthead\">\n<div class=\"masthead__account\"><a href=\"/account/sign-in\">Sign in</a> ")
                    .append("<a href=\"/subscribe\" class=\"button\">Subscribe from &pound;1 a week</a></div>\n");
            b.append("<a href=\"/\" class=\"masthead__logo\"><img src=\"/static/logo.svg\" alt=\"Harbour Times\"></a>\n");
            b.append("<nav class=\"primary-nav\" aria-label=\"Sections\">\n");
            for (String n : NAV) {
                b.append("<a href=\"/").append(n.equals("Home") ? "" : n.toLowerCase(Locale.ROOT)).append("\">").append(n).append("</a>\n");
            }
            b.append("</nav>\n</header>\n");
            b.append("<main id=\"main\">\n<ol class=\"breadcrumbs\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>")
                    .append("<li><a href=\"/news/").append(a.get("section").toLowerCase(Locale.ROOT)).append("\">")
                    .append(a.get("section")).append("</a></li></ol>\n");
            b.append("<article class=\"article\">\n<header class=\"article__header\">\n");
            b.append("<h1 class=\"article__headline\">").append(Text.esc(title)).append("</h1>\n");
            b.append("<p class=\"article__standfirst\">").append(Text.esc(description)).append("</p>\n");
            b.append("<div class=\"article__byline\">By <a href=\"/author/").append(Text.slugOf(a.get("author"))).append("\">")
                    .append(Text.esc(a.get("author"))).append("</a>, ").append(Text.esc(a.get("role"))).append("</div>\n");
            b.append("<time class=\"article__date\" datetime=\"").append(a.get("published")).append("\">Published ")
                    .append(a.published().format(DISPLAY)).append("</time>\n</header>\n");
            b.append("<figure class=\"article__image\"><img src=\"").append(image).append("\" alt=\"\">")
                    .append("<figcaption>").append(Text.esc(Text.smart(a.get("caption")))).append("</figcaption></figure>\n");
            b.append("<div class=\"article__body\">\n");
            for (Part p : a.parts()) {
                if (p instanceof Para para) {
                    b.append("<p>").append(Text.esc(Text.smart(para.text()))).append("</p>\n");
                } else if (p instanceof Subhead s) {
                    b.append("<h2>").append(Text.esc(Text.smart(s.text()))).append("</h2>\n");
                } else if (p instanceof ReadAlso r) {
                    String linkHtml = "<a href=\"" + BASE + r.path() + "\">" + Text.esc(Text.smart(r.title())) + "</a>";
                    if (r.label().equals(r.label().toUpperCase(Locale.ROOT))) {
                        b.append("<p><strong>").append(r.label()).append(":</strong> ").append(linkHtml).append("</p>\n");
                    } else {
                        b.append("<aside class=\"read-also\"><p><strong>").append(r.label()).append(":</strong> ")
                                .append(linkHtml).append("</p></aside>\n");
                    }
                } else {
                    b.append("<div class=\"advert advert--mpu\"><p class=\"advert__label\">ADVERTISEMENT</p>")
                            .append("<div class=\"advert__slot\" id=\"mpu-1\"></div>")
                            .append("<p class=\"advert__continue\">Article continues below</p></div>\n");
                }
            }
            b.append("</div>\n");
            b.append("<p class=\"article__editor\">").append(Text.esc(a.get("credits"))).append("</p>\n");
            b.append("<div class=\"share\"><h3>Share this article</h3><a href=\"#\">Facebook</a> <a href=\"#\">X</a> ")
                    .append("<a href=\"#\">WhatsApp</a> <a href=\"#\">Email</a> <a href=\"#\">Copy link</a></div>\n");
            b.append("<aside class=\"newsletter\"><h3>Morning Briefing</h3><p>Get the Harbour Times morning briefing: ")
                    .append("the day's top local stories in your inbox at 7am, free.</p><form><input type=\"email\" ")
                    .append("placeholder=\"Your email address\"><button>Sign up</button></form><p class=\"small\">")
                    .append("By signing up you agree to our Privacy Notice. You can unsubscribe at any time.</p></aside>\n");
            b.append("</article>\n<section class=\"related\"><h2>Related stories</h2>\n<ul>\n");
            for (int i = 0; i < RELATED_PER_PAGE; i++) {
                b.append("<li>").append(link(RELATED.get((index * 2 + i) % RELATED.size()))).append("</li>\n");
            }
            b.append("</ul>\n</section>\n</main>\n");
            sidebar(b);
            footer(b);
            b.append("</body>\n</html>\n");
            return b.toString();
        }

        static void sidebar(StringBuilder b) {
            b.append("<aside class=\"rail\">\n<section class=\"most-read\"><h2>Most read</h2>\n<ol>\n");
            for (String t : MOST_READ) b.append("<li>").append(link(t)).append("</li>\n");
            b.append("</ol>\n</section>\n<section class=\"latest\"><h2>Latest news</h2>\n");
            for (String[] item : LATEST) {
                b.append("<div class=\"latest__item\">").append(link(item[0])).append(" <span>").append(item[1])
                        .append("</span></div>\n<div class=\"sep\">-</div>\n");
            }
            b.append("</section>\n<section class=\"picks\"><h2>Editor's picks</h2>\n");
            for (String t : PICKS) b.append("<div>").append(link(t)).append("</div>\n");
            b.append("</section>\n<div class=\"advert advert--sky\"><p class=\"advert__label\">ADVERTISEMENT</p></div>\n</aside>\n");
        }

        static void footer(StringBuilder b) {
            b.append("<div class=\"cookie-notice\" role=\"dialog\"><p>We use cookies and similar technologies to personalise ")
                    .append("content and ads and to analyse our traffic. You can change your choices at any time in Privacy Settings.</p>")
                    .append("<button>Accept all</button> <button>Reject all</button> <a href=\"/privacy-settings\">Manage preferences</a></div>\n");
            b.append("<footer class=\"site-footer\">\n<ul class=\"footer-links\"><li><a href=\"/about\">About us</a></li>")
                    .append("<li><a href=\"/contact\">Contact us</a></li><li><a href=\"/advertise\">Advertise with us</a></li>")
                    .append("<li><a href=\"/terms\">Terms and conditions</a></li><li><a href=\"/privacy\">Privacy notice</a></li>")
                    .append("<li><a href=\"/cookies\">Cookie policy</a></li><li><a href=\"/complaints\">Complaints</a></li>")
                    .append("<li><a href=\"/sitemap\">Sitemap</a></li></ul>\n");
            b.append("<p>Harbour Times follows the Editors' Code of Practice. If you have a complaint about our content, ")
                    .append("please contact the Readers' Editor.</p>\n");
            b.append("<p>&copy; 2024 Harbour Times Media Ltd, 4 Quay Road, Port Elwick. All rights reserved.</p>\n</footer>\n");
        }

        /** The Local news section front: headlines and teasers only. */
        static String indexPage(List<Article> stories) {
            var b = new StringBuilder(8_192);
            b.append("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
            b.append("<title>Local News | Harbour Times</title>\n");
            b.append("<meta name=\"description\" content=\"The latest local news from Port Elwick and the surrounding coast.\">\n");
            b.append("<link rel=\"canonical\" href=\"").append(BASE).append("/news/local/\">\n");
            b.append("<link rel=\"stylesheet\" href=\"/static/css/site.min.css?v=212\">\n</head>\n<body class=\"section-page\">\n");
            b.append("<header class=\"masthead\">\n<nav class=\"primary-nav\" aria-label=\"Sections\">\n");
            for (String n : NAV) {
                b.append("<a href=\"/").append(n.equals("Home") ? "" : n.toLowerCase(Locale.ROOT)).append("\">").append(n).append("</a>\n");
            }
            b.append("</nav>\n</header>\n<main id=\"main\">\n<h1>Local News</h1>\n<ul class=\"teasers\">\n");
            List<String[]> teasers = new ArrayList<>();
            for (Article a : stories) teasers.add(new String[] {a.get("title"), a.get("teaser"), BASE + a.get("path")});
            teasers.add(new String[] {"Car Park Charges to Rise at Westcliff Seafront", "Daily tickets will cost \u00A39 from April.", null});
            teasers.add(new String[] {"Lifeboat Crew Rescues Two Kayakers off Gull Point", "Both were brought ashore cold but unhurt.", null});
            teasers.add(new String[] {"Library Opening Hours Extended Over Easter", "The central library will open on Sundays until May.", null});
            teasers.add(new String[] {"Primary School Gets Green Light for New Classrooms", "Two classrooms will replace ageing huts.", null});
            int hour = 1;
            for (String[] t : teasers) {
                String href = t[2] != null ? t[2] : BASE + "/news/" + Text.slugOf(t[0]);
                b.append("<li class=\"teaser\"><a href=\"").append(href).append("\"><h3>").append(Text.esc(Text.smart(t[0])))
                        .append("</h3></a><p>").append(Text.esc(Text.smart(t[1]))).append("</p><span class=\"ago\">")
                        .append(hour).append(hour == 1 ? " hour ago" : " hours ago").append("</span></li>\n");
                hour += 2;
            }
            b.append("</ul>\n<nav class=\"pagination\"><a href=\"?page=1\">1</a> <a href=\"?page=2\">2</a> ")
                    .append("<a href=\"?page=3\">3</a> <a href=\"?page=2\">Next &rsaquo;</a></nav>\n</main>\n");
            sidebar(b);
            footer(b);
            b.append("</body>\n</html>\n");
            return b.toString();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The scraper's output: extracted text, furniture and all.
    // ------------------------------------------------------------------------------------------------

    static final class Scraped {
        static final String DATASET = "scrape-berita-daerah-2024-03";

        static byte[] write(List<Row> rows) {
            var out = new StringBuilder(32_768);
            line(out, rows, "sp-0001", "https://www.suarapesisir.example/daerah/2024/03/27/jembatan-gantung-kali-jernih-putus",
                    "2024-03-27T09:40:00+07:00", Text.smart(Content.JEMBATAN),
                    "Indonesian; furniture lines at the end: Baca juga, credits, Editor, Terpopuler with numbers and "
                            + "bare '-' lines, WhatsApp promo, copyright",
                    "keep title + 5 paragraphs; drop every line after the last paragraph");
            line(out, rows, "sp-0002", "https://lintaskota.example/ekonomi/harga-bawang-putih-sukamaju-naik",
                    "2024-03-28T11:05:00+07:00", Content.BAWANG_INLINE,
                    "line breaks lost: 'Baca juga: ...', ad marker, credits, headline list all inline in one paragraph",
                    "keep the article sentences; cut the inline furniture (or, at least, the tail after '(ysr/lkt)')");
            line(out, rows, "sp-0003", "https://www.northcoastpost.example/news/town-hall-clock-restored",
                    "2024-03-26T16:00:00+00:00", Text.smart(Content.CLOCK),
                    "English; 'Read more:' and 'Related:' lines, share buttons, Most popular, newsletter, copyright",
                    "keep title + 4 paragraphs; drop the rest");
            line(out, rows, "sp-0004", "https://www.suarapesisir.example/ekonomi/2024/03/28/petani-garam-panen-lebih-awal",
                    "2024-03-28T07:30:00+07:00", Text.smart(Content.GARAM),
                    "clean article, nothing to remove", "keep unchanged");
            out.append(Content.BROKEN_LINE).append('\n');
            rows.add(new Row("line 5", "https://www.suarapesisir.example/daerah/2024/03/27/kapal-penyeberangan-kandas",
                    "not valid JSON: the scraper died mid-line", "one line in errors.jsonl; the run goes on"));
            line(out, rows, "sp-0006", "https://lintaskota.example/ekonomi/premium/laporan-khusus-mudik-2024",
                    "2024-03-28T06:00:00+07:00", Content.PAYWALL,
                    "paywall stub: login prompts and a copyright line", "drop: too little text (quality filter)");
            line(out, rows, "sp-0007", KabarNusa.url(Article.parse(Content.ROB)), "2024-03-27T19:20:00+07:00",
                    scrapedText(Article.parse(Content.ROB), Crawl.ROB_PAGE_INDEX),
                    "the banjir rob article of the WARC, as another scraper extracted it (with its furniture)",
                    "keep one of its three copies");
            line(out, rows, "sp-0008", "https://www.suarapesisir.example/wisata/2024/03/24/festival-layang-layang-pantai-sendang",
                    "2024-03-24T16:20:00+07:00", Text.smart(Content.LAYANG),
                    "navigation and breadcrumb lines before the title; same promo and copyright lines as sp-0001",
                    "keep title + 4 paragraphs; drop menu, breadcrumb, byline, credits, promo, copyright");
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        static void line(StringBuilder out, List<Row> rows, String id, String url, String date, String text,
                         String shows, String expected) {
            out.append("{\"id\":").append(Json.str(id)).append(",\"url\":").append(Json.str(url))
                    .append(",\"date\":").append(Json.str(date)).append(",\"source_dataset\":").append(Json.str(DATASET))
                    .append(",\"text\":").append(Json.str(text)).append("}\n");
            rows.add(new Row("line " + (rows.size() + 1) + " " + id, url, shows, expected));
        }

        /** A KabarNusa article as a text scraper sees the page: one line per block, furniture included. */
        static String scrapedText(Article a, int pageIndex) {
            var lines = new ArrayList<String>();
            lines.add(a.get("title"));
            lines.add(a.get("author") + " - KabarNusa");
            lines.add(KabarNusa.displayDate(a.published()));
            lines.add(Text.smart(a.get("caption")));
            boolean first = true;
            for (Part p : a.parts()) {
                if (p instanceof Para para) {
                    lines.add((first ? a.get("dateline") + " \u2013 " : "") + Text.smart(para.text()));
                    first = false;
                } else if (p instanceof Subhead s) {
                    lines.add(s.text());
                } else if (p instanceof ReadAlso r) {
                    lines.add(r.label() + ": " + r.title());
                } else {
                    lines.add("ADVERTISEMENT");
                    lines.add("SCROLL TO CONTINUE WITH CONTENT");
                }
            }
            lines.add(a.get("credits"));
            lines.add("Tag: " + a.get("tags"));
            lines.add("Bagikan:");
            lines.add("Berita Terkait");
            lines.addAll(KabarNusa.related(pageIndex));
            lines.add("Terpopuler");
            for (int i = 0; i < KabarNusa.POPULAR.size(); i++) {
                lines.add(Integer.toString(i + 1));
                lines.add(KabarNusa.POPULAR.get(i));
            }
            return String.join("\n", lines);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // WARC, HTTP, JSON, PNG and text helpers.
    // ------------------------------------------------------------------------------------------------

    /** Writes WARC 1.1 records, each its own gzip member, with ids from a seeded generator and fixed dates. */
    static final class WarcWriter {
        static final String CRLF = "\r\n";
        private static final long UUID_VERSION_MASK = 0xF000L;
        private static final long UUID_VERSION_4 = 0x4000L;
        private static final long UUID_VARIANT_MASK = 0x3FFFFFFFFFFFFFFFL;
        private static final long UUID_VARIANT_IETF = 0x8000000000000000L;

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Random ids;
        private final int secondsBetweenFetches;
        private Instant clock;
        private String warcinfoId;

        WarcWriter(long seed, Instant start, int secondsBetweenFetches) {
            this.ids = new Random(seed);
            this.clock = start;
            this.secondsBetweenFetches = secondsBetweenFetches;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        String nextId() {
            long hi = (ids.nextLong() & ~UUID_VERSION_MASK) | UUID_VERSION_4;
            long lo = (ids.nextLong() & UUID_VARIANT_MASK) | UUID_VARIANT_IETF;
            return "<urn:uuid:" + new UUID(hi, lo) + ">";
        }

        void warcinfo(String filename, String fields) {
            warcinfoId = nextId();
            var h = new LinkedHashMap<String, String>();
            h.put("WARC-Type", "warcinfo");
            h.put("WARC-Record-ID", warcinfoId);
            h.put("WARC-Date", clock.toString());
            h.put("WARC-Filename", filename);
            h.put("Content-Type", "application/warc-fields");
            record(h, fields.replace("\n", CRLF).getBytes(StandardCharsets.UTF_8), null);
        }

        /** A GET request as the crawler sent it; written by {@link #fetch} just before its response. */
        byte[] request(String url, String host, String acceptLanguage) {
            String path = url.substring(url.indexOf('/', url.indexOf("//") + 2));
            return ("GET " + path + " HTTP/1.1" + CRLF
                    + "Host: " + host + CRLF
                    + "User-Agent: ExampleBot/1.0 (+https://crawler.example/bot)" + CRLF
                    + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" + CRLF
                    + "Accept-Language: " + acceptLanguage + CRLF
                    + "Accept-Encoding: identity" + CRLF
                    + "Connection: close" + CRLF + CRLF).getBytes(StandardCharsets.US_ASCII);
        }

        /** Writes the request (if any) and the response of one fetch, and the README row of the response. */
        void fetch(List<Row> rows, byte[] request, String url, String ip, byte[] response, String shows, String expected) {
            clock = clock.plusSeconds(secondsBetweenFetches);
            String requestId = null;
            if (request != null) {
                requestId = nextId();
                var h = new LinkedHashMap<String, String>();
                h.put("WARC-Type", "request");
                h.put("WARC-Record-ID", requestId);
                h.put("WARC-Date", clock.toString());
                h.put("WARC-Target-URI", url);
                h.put("WARC-Warcinfo-ID", warcinfoId);
                h.put("Content-Type", "application/http; msgtype=request");
                record(h, request, null);
                rows.add(new Row(rows.size() + " request", url, "the GET the crawler sent", "not a document: skipped"));
            }
            byte[] http = Http.withDate(response, clock);
            var h = new LinkedHashMap<String, String>();
            h.put("WARC-Type", "response");
            h.put("WARC-Record-ID", nextId());
            h.put("WARC-Date", clock.toString());
            h.put("WARC-Target-URI", url);
            h.put("WARC-Warcinfo-ID", warcinfoId);
            if (requestId != null) h.put("WARC-Concurrent-To", requestId);
            h.put("WARC-IP-Address", ip);
            h.put("Content-Type", "application/http; msgtype=response");
            record(h, http, Http.body(http));
            rows.add(new Row(rows.size() + " response", url, shows, expected));
        }

        private void record(Map<String, String> headers, byte[] block, byte[] payload) {
            var h = new LinkedHashMap<String, String>();
            headers.forEach((k, v) -> {
                if (k.equals("Content-Type")) {
                    h.put("WARC-Block-Digest", Digest.sha1Base32(block));
                    if (payload != null) h.put("WARC-Payload-Digest", Digest.sha1Base32(payload));
                }
                h.put(k, v);
            });
            h.put("Content-Length", Integer.toString(block.length));
            var head = new StringBuilder("WARC/1.1").append(CRLF);
            h.forEach((k, v) -> head.append(k).append(": ").append(v).append(CRLF));
            head.append(CRLF);
            var record = new ByteArrayOutputStream();
            record.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            record.writeBytes(block);
            record.writeBytes((CRLF + CRLF).getBytes(StandardCharsets.US_ASCII));
            var member = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(member)) {
                record.writeTo(gz);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.writeBytes(member.toByteArray());
        }
    }

    static final class Http {
        /** Stands for the Date header until the fetch's time is known. */
        static final String DATE_PLACEHOLDER = "@@@, 00 @@@ 0000 00:00:00 GMT";
        static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

        static byte[] response(int status, String reason, List<String> headers, byte[] body) {
            var head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
            for (String h : headers) head.append(h).append("\r\n");
            head.append("\r\n");
            var out = new ByteArrayOutputStream();
            out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
            return out.toByteArray();
        }

        static byte[] withDate(byte[] response, Instant when) {
            int end = headEnd(response);
            String head = new String(response, 0, end, StandardCharsets.US_ASCII);
            byte[] newHead = head.replace(DATE_PLACEHOLDER, RFC_1123.format(when)).getBytes(StandardCharsets.US_ASCII);
            var out = new ByteArrayOutputStream();
            out.writeBytes(newHead);
            out.write(response, end, response.length - end);
            return out.toByteArray();
        }

        static byte[] body(byte[] response) {
            int start = headEnd(response) + HEAD_END.length;
            byte[] body = new byte[response.length - start];
            System.arraycopy(response, start, body, 0, body.length);
            return body;
        }

        static int headEnd(byte[] response) {
            for (int i = 0; i + HEAD_END.length <= response.length; i++) {
                if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') return i;
            }
            throw new IllegalArgumentException("HTTP message without an empty line after its headers");
        }
    }

    static final class Digest {
        private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        private static final int BITS_PER_CHAR = 5;
        private static final int BASE32_MASK = 0x1F;

        static String sha1Base32(byte[] data) {
            try {
                return "sha1:" + base32(MessageDigest.getInstance("SHA-1").digest(data));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-1", e);
            }
        }

        /** RFC 4648 base32; a SHA-1 digest (160 bits) needs no padding. */
        static String base32(byte[] bytes) {
            var b = new StringBuilder();
            int buffer = 0;
            int bits = 0;
            for (byte x : bytes) {
                buffer = (buffer << Byte.SIZE) | (x & 0xFF);
                bits += Byte.SIZE;
                while (bits >= BITS_PER_CHAR) {
                    b.append(BASE32.charAt((buffer >> (bits - BITS_PER_CHAR)) & BASE32_MASK));
                    bits -= BITS_PER_CHAR;
                }
            }
            if (bits > 0) b.append(BASE32.charAt((buffer << (BITS_PER_CHAR - bits)) & BASE32_MASK));
            while (b.length() % Byte.SIZE != 0) b.append('=');
            return b.toString();
        }
    }

    static final class Json {
        static String str(String s) {
            var b = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '/' -> b.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                    default -> {
                        if (c < ' ') b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            return b.append('"').toString();
        }

        static String newsArticle(Article a, String title, String description, String url, String image,
                                  String lang, String publisher, String logo) {
            return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\""
                    + ",\"headline\":" + str(title)
                    + ",\"description\":" + str(description)
                    + ",\"datePublished\":" + str(a.get("published"))
                    + ",\"dateModified\":" + str(a.has("modified") ? a.get("modified") : a.get("published"))
                    + ",\"inLanguage\":" + str(lang)
                    + ",\"mainEntityOfPage\":" + str(url)
                    + ",\"image\":[" + str(image) + "]"
                    + ",\"author\":[{\"@type\":\"Person\",\"name\":" + str(a.get("author")) + "}]"
                    + ",\"publisher\":{\"@type\":\"Organization\",\"name\":" + str(publisher)
                    + ",\"logo\":{\"@type\":\"ImageObject\",\"url\":" + str(logo) + "}}"
                    + ",\"keywords\":" + str(a.get("tags")) + "}";
        }
    }

    /** A small two-colour logo, a valid PNG written with the JDK's Deflater and CRC32. */
    static final class Png {
        static final int SIZE = 16;
        static final int BYTES_PER_PIXEL = 3;
        static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        static final int BIT_DEPTH = 8;
        static final int COLOUR_TYPE_RGB = 2;
        static final int[] INK = {0xB3, 0x1B, 0x1B};
        static final int[] PAPER = {0xFF, 0xFF, 0xFF};

        static byte[] logo() {
            byte[] raw = new byte[SIZE * (1 + SIZE * BYTES_PER_PIXEL)];
            int i = 0;
            for (int y = 0; y < SIZE; y++) {
                raw[i++] = 0; // filter type: none
                for (int x = 0; x < SIZE; x++) {
                    boolean ink = x < SIZE / 4 || Math.abs(x - SIZE / 4 - Math.abs(y - SIZE / 2)) < 2;
                    for (int c : ink ? INK : PAPER) raw[i++] = (byte) c;
                }
            }
            var deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(raw);
            deflater.finish();
            var idat = new ByteArrayOutputStream();
            byte[] buf = new byte[1024];
            while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
            deflater.end();
            ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(SIZE).putInt(SIZE)
                    .put((byte) BIT_DEPTH).put((byte) COLOUR_TYPE_RGB).put((byte) 0).put((byte) 0).put((byte) 0);
            var out = new ByteArrayOutputStream();
            out.writeBytes(SIGNATURE);
            chunk(out, "IHDR", ihdr.array());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        }

        static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
            byte[] t = type.getBytes(StandardCharsets.US_ASCII);
            var crc = new CRC32();
            crc.update(t);
            crc.update(data);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(data.length).array());
            out.writeBytes(t);
            out.writeBytes(data);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).array());
        }
    }

    static final class Text {
        /** Straight quotes to curly ones, apostrophes to U+2019, spaced hyphens to en dashes. */
        static String smart(String s) {
            var b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char prev = i == 0 ? ' ' : s.charAt(i - 1);
                if (c == '"') {
                    b.append(Character.isWhitespace(prev) || prev == '(' || i == 0 ? '\u201C' : '\u201D');
                } else if (c == '\'') {
                    b.append('\u2019');
                } else if (c == '-' && prev == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    b.append('\u2013');
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        static String slugOf(String title) {
            var b = new StringBuilder();
            for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
                else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') b.append('-');
            }
            while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
            return b.toString();
        }

        /** Encodes, failing on any character the charset lacks (no silent '?'). */
        static byte[] encodeStrictly(String s, Charset charset) {
            CharsetEncoder enc = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
                byte[] out = new byte[bb.remaining()];
                bb.get(out);
                return out;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("page has a character " + charset + " cannot encode", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The README.
    // ------------------------------------------------------------------------------------------------

    static final class Readme {
        static String text(List<Row> warc, List<Row> jsonl) {
            var b = new StringBuilder();
            b.append("""
                    # Example crawl

                    A small corpus that shows, page by page, the problems saring solves. Every site, person, place
                    and article in it is invented: the hosts use the reserved `.example` domain and the addresses
                    the documentation range 192.0.2.0/24.

                        saring run examples/crawl -o out

                    - `%s`: %d WARC 1.1 records from two made-up news sites, KabarNusa (Indonesian) and
                      Harbour Times (English), as a crawler writes them: a `warcinfo` record, `request` and
                      `response` records, one gzip member per record. Menus, headline lists (Terpopuler, Terkini
                      with bare `-` lines, Pilihan, Most read), share buttons, cookie banners and footers repeat
                      across the pages of a host, as on a real site.
                    - `%s`: %d lines of text another scraper already extracted (`id`, `url`, `date`,
                      `source_dataset`, `text`), furniture and all, and one line that is not JSON.

                    ## What a good cleaner does with each record

                    | record | URL | shows | expected |
                    |---|---|---|---|
                    """.formatted(WARC_NAME, warc.size(), JSONL_NAME, jsonl.size()));
            for (Row r : warc) table(b, r);
            b.append("""

                    ## What a good cleaner does with each line of `%s`

                    | line | URL | shows | expected |
                    |---|---|---|---|
                    """.formatted(JSONL_NAME));
            for (Row r : jsonl) table(b, r);
            b.append("""

                    ## In short

                    - Kept: 14 articles, each once, reduced to title, subheadings and paragraphs: from KabarNusa
                      cabai, banjir rob, voli, DBD and sekolah; from Harbour Times ferry, bakery, storm and rowing;
                      from the JSONL sp-0001 to sp-0004 and sp-0008. Banjir rob comes from whichever of its three
                      copies the deduplication keeps (15 articles if Malay is wanted too).
                    - Dropped, with a reason: the exact duplicate (`?utm_source=`), the near duplicate (cabai,
                      republished), two of the three banjir rob copies, the Malay page when only `id` and `en`
                      are wanted, the section index and the paywall stub.
                    - Skipped as not documents: warcinfo, requests, the PNG, the JSON, the 301.
                    - `errors.jsonl`: one line, for line 5 of `%s`.
                    - The two legacy charsets decode without mojibake: "Jo\u00E3o", "33\u00B0C" and
                      "\u00B1 3.000" on the voli page (ISO-8859-1, HTTP header only), curly quotes, "\u00C9lodie"
                      and "\u00A34.20" on the bakery page (windows-1252, `<meta>` only).
                    - Titles that are also headlines in every page's lists (cabai in Terpopuler, sekolah in
                      Pilihan, ferry and storm in Most read) are kept on their own page although the line repeats
                      across the host.

                    ## Regenerate

                        java examples/generate/GenerateExamples.java examples/crawl

                    needs only a JDK (17 or later) and gives byte-identical files on every run: record ids come
                    from a fixed seed, dates are fixed, and each record is its own gzip member.
                    `ExampleCorpusTest` in saring-core reads the WARC with jwarc and checks that.
                    """.formatted(JSONL_NAME));
            return b.toString();
        }

        static void table(StringBuilder b, Row r) {
            b.append("| ").append(r.where()).append(" | ").append(r.url().isEmpty() ? "" : "`" + r.url() + "`")
                    .append(" | ").append(r.shows().replace("|", "\\|")).append(" | ")
                    .append(r.expected().replace("|", "\\|")).append(" |\n");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The articles. Written for this corpus; nothing is copied from a real site.
    // ------------------------------------------------------------------------------------------------

    static final class Content {
        static final String CABAI = """
                path: /ekonomi/2024/03/28/harga-cabai-rawit-di-pasar-induk-sukamaju-tembus-rp95-ribu
                section: Ekonomi
                subsection: Bisnis
                jsonld: yes
                title: Harga Cabai Rawit di Pasar Induk Sukamaju Tembus Rp95 Ribu per Kilogram
                description: Harga cabai rawit merah di Pasar Induk Sukamaju naik hampir dua kali lipat sejak awal Ramadan karena pasokan dari sentra produksi berkurang.
                author: Rina Kartika
                published: 2024-03-28T14:35:00+07:00
                dateline: SUKAMAJU, KabarNusa
                caption: Pedagang menata cabai rawit di Pasar Induk Sukamaju, Kamis (28/3/2024). (KabarNusa/Dimas Pratama)
                tags: cabai rawit, harga pangan, Lebaran, Sukamaju
                credits: (rka/dpr)
                ---
                Harga cabai rawit merah di Pasar Induk Sukamaju kembali melonjak dalam sepekan terakhir. Pada Kamis (28/3/2024), pedagang menjual cabai rawit merah seharga Rp95.000 per kilogram, naik hampir dua kali lipat dibandingkan awal bulan Ramadan yang masih berada di kisaran Rp50.000 per kilogram. Kenaikan serupa juga terjadi pada cabai merah keriting dan bawang merah, meskipun tidak setajam cabai rawit.

                Sutinah (52), pedagang sayur yang sudah berjualan di pasar itu sejak 1998, mengatakan pasokan dari petani di wilayah selatan berkurang drastis. Menurut dia, truk pengangkut cabai yang biasanya datang setiap subuh kini hanya tiba dua hari sekali. "Barangnya sedikit, yang cari banyak. Ya otomatis harganya naik terus," kata Sutinah saat ditemui di lapaknya.

                >> Baca juga: Stok Beras di Gudang Sukamaju Aman hingga Juni | /ekonomi/2024/03/26/stok-beras-di-gudang-sukamaju-aman-hingga-juni

                Ia menambahkan, sebagian pembeli kini mengurangi jumlah belanjaan. Pemilik warung makan yang biasanya membeli lima kilogram cabai sekaligus, kata dia, sekarang hanya membeli satu atau dua kilogram. Ada pula pembeli yang beralih ke cabai kering atau sambal kemasan untuk menekan biaya. Kondisi itu membuat omzet pedagang ikut turun meski harga jual naik.

                [AD]

                ## Pasokan dari sentra produksi menurun

                Kepala Dinas Perdagangan Kota Sukamaju, Hendra Wiratama, membenarkan adanya penurunan pasokan cabai dari sentra produksi. Ia menyebut curah hujan yang tinggi sejak Februari membuat banyak tanaman cabai membusuk sebelum dipanen. Di sejumlah desa di Kabupaten Watu Gede, petani bahkan memilih memanen lebih awal agar tidak merugi, sehingga jumlah cabai yang layak jual berkurang.

                "Kami sudah berkoordinasi dengan daerah penghasil lain untuk menambah pasokan. Mudah-mudahan dalam satu sampai dua minggu ke depan harga bisa kembali turun," ujar Hendra. Pemerintah kota, lanjut dia, juga menyiapkan operasi pasar murah di lima kecamatan mulai pekan depan dengan harga cabai rawit yang dipatok Rp70.000 per kilogram.

                Pengamat ekonomi pertanian dari Universitas Sukamaju, Dewi Lestari Hapsari, menilai lonjakan harga menjelang Lebaran merupakan pola yang berulang hampir setiap tahun. Menurut dia, pemerintah daerah perlu memperkuat penyimpanan hasil panen dan kerja sama antardaerah agar pasokan tetap stabil ketika permintaan naik. Tanpa langkah itu, kata Dewi, konsumen akan terus menanggung kenaikan harga setiap musim hujan dan hari raya.

                Sementara itu, harga bahan pokok lain seperti beras, minyak goreng, dan gula pasir relatif stabil. Beras medium dijual Rp13.500 per kilogram, sedangkan minyak goreng kemasan berada di kisaran Rp17.000 per liter. Dinas Perdagangan memastikan akan memantau harga di pasar tradisional setiap hari hingga sepekan setelah Lebaran.
                """;

        /** The cabai article republished the next day: new headline and date, a few words edited. */
        static Article cabaiFollowUp(Article cabai) {
            return cabai
                    .with("path", "/ekonomi/2024/03/29/harga-cabai-rawit-di-sukamaju-masih-bertahan-rp95-ribu")
                    .with("title", "Harga Cabai Rawit di Sukamaju Masih Bertahan Rp95 Ribu per Kilogram")
                    .with("published", "2024-03-29T08:10:00+07:00")
                    .with("caption", "Pembeli memilih cabai rawit di Pasar Induk Sukamaju, Jumat (29/3/2024). (KabarNusa/Dimas Pratama)")
                    .with("credits", "(rka/nfa)")
                    .edit("Pada Kamis (28/3/2024), pedagang menjual", "Hingga Jumat (29/3/2024), pedagang masih menjual")
                    .edit("mulai pekan depan", "mulai Senin depan");
        }

        static final String ROB = """
                path: /daerah/2024/03/27/banjir-rob-rendam-ratusan-rumah-nelayan-di-pesisir-tanjung-sari
                section: Daerah
                subsection: Tanjung Sari
                jsonld: yes
                title: Banjir Rob Rendam Ratusan Rumah Nelayan di Pesisir Tanjung Sari
                description: Banjir rob merendam 420 rumah di tiga desa pesisir Tanjung Sari; tanggul darurat dari karung pasir jebol di dua titik.
                author: Yusuf Maulana
                published: 2024-03-27T19:20:00+07:00
                dateline: TANJUNG SARI, KabarNusa
                caption: Warga melintasi jalan desa yang terendam rob di Desa Muara Baru, Rabu (27/3/2024). (KabarNusa/Yusuf Maulana)
                tags: banjir rob, Tanjung Sari, nelayan, BPBD
                credits: (yml/ahs)
                ---
                Banjir rob kembali merendam permukiman nelayan di pesisir Kabupaten Tanjung Sari sejak Rabu (27/3/2024) sore. Air laut pasang masuk ke tiga desa, yakni Desa Karang Anyar, Desa Muara Baru, dan Desa Sidoluhur, dengan ketinggian antara 30 sentimeter hingga setengah meter. Sedikitnya 420 rumah terdampak dan sebagian warga terpaksa mengungsi ke rumah kerabat di daerah yang lebih tinggi.

                Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Tanjung Sari, Agus Setiabudi, mengatakan rob tahun ini datang lebih awal dan lebih tinggi dibandingkan tahun lalu. Selain pasang air laut yang bertepatan dengan bulan purnama, angin kencang dari arah barat mendorong gelombang ke daratan. Petugas telah membagikan karung pasir dan mendirikan dapur umum di balai desa Karang Anyar.

                >> Baca juga: Cuaca Ekstrem, Nelayan Tanjung Sari Diminta Tak Melaut | /daerah/2024/03/25/cuaca-ekstrem-nelayan-tanjung-sari-diminta-tak-melaut

                Warga Desa Muara Baru, Rohmadi (45), mengaku sudah tiga malam tidak bisa tidur nyenyak karena air masuk hingga ke kamar. Perabot rumah ia naikkan ke atas meja dan lemari, sementara anak-anaknya diungsikan ke rumah mertua. "Kalau siang air surut sedikit, tapi menjelang magrib naik lagi. Perahu juga tidak bisa dipakai melaut karena ombaknya besar," tuturnya.

                [AD]

                ## Tanggul darurat jebol di dua titik

                Menurut BPBD, tanggul darurat yang dibangun warga dari karung pasir jebol di dua titik pada Rabu malam. Air kemudian mengalir ke jalan desa dan merendam sekolah dasar serta musala. Kegiatan belajar di SD Negeri 2 Muara Baru dihentikan sementara hingga air surut, dan para siswa diminta belajar dari rumah dengan tugas yang dikirim guru melalui grup pesan.

                Agus menjelaskan, pemerintah kabupaten sebenarnya telah merencanakan pembangunan tanggul permanen sepanjang 2,5 kilometer di pesisir tersebut. Namun, proyek itu baru akan dimulai pada pertengahan tahun setelah proses lelang selesai. Untuk sementara, BPBD akan menambah pompa air dan memperkuat tanggul darurat bersama warga serta relawan.

                Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan pasang maksimum masih akan terjadi hingga Minggu (31/3/2024). Warga di pesisir diimbau menyimpan dokumen penting di tempat aman, mematikan aliran listrik ketika air mulai masuk ke rumah, dan segera melapor ke posko jika membutuhkan bantuan evakuasi.
                """;

        /** ISO-8859-1 page: straight quotes only, and letters that Latin-1 has. */
        static final String VOLI = """
                path: /olahraga/2019/07/14/tim-voli-putri-sukamaju-lolos-ke-final-kejurnas
                section: Olahraga
                subsection: Voli
                title: Tim Voli Putri Sukamaju Lolos ke Final Kejurnas Usai Kalahkan Watu Gede
                description: Sukamaju menang 3-1 atas Watu Gede di GOR Satria dan akan menghadapi juara bertahan Bumi Kencana di final.
                author: Nadia Fauziah
                published: 2019-07-14T08:12:00+07:00
                dateline: SUKAMAJU, KabarNusa
                caption: Pemain Sukamaju merayakan kemenangan di GOR Satria.
                tags: voli, Kejurnas, Sukamaju, Watu Gede
                credits: (nfa/rka)
                ---
                Tim voli putri Kota Sukamaju memastikan tempat di partai final Kejuaraan Nasional Bola Voli Antarklub setelah mengalahkan Watu Gede dengan skor 3-1 di GOR Satria, Sabtu (13/7/2019) malam. Pertandingan yang disaksikan \u00B1 3.000 penonton itu berlangsung ketat sejak set pertama, yang direbut Sukamaju dengan skor tipis 26-24.

                Watu Gede sempat menyamakan kedudukan setelah memenangi set kedua 25-21. Namun, perubahan formasi yang diterapkan pelatih asal Portugal, Jo\u00E3o Mendes, pada set ketiga membuat serangan Sukamaju lebih bervariasi. Smes keras Ayu Pramesti dari sisi kiri beberapa kali gagal dibendung blok lawan, dan Sukamaju menutup set ketiga dan keempat masing-masing dengan skor 25-19 dan 25-22.

                >> Baca juga: Sukamaju Tuan Rumah Kejurnas Voli, GOR Satria Dibenahi | /olahraga/2019/06/30/sukamaju-tuan-rumah-kejurnas-voli-gor-satria-dibenahi

                Usai pertandingan, Jo\u00E3o Mendes mengaku puas dengan mental bertanding anak asuhnya. Menurut dia, para pemain mampu bangkit setelah kehilangan set kedua dan tidak terpancing oleh sorakan penonton. "Kami bermain sabar dan disiplin. Saya minta mereka fokus pada servis dan penerimaan bola, karena di situ pertandingan ditentukan," ujar pelatih berusia 47 tahun itu.

                Kapten tim Sukamaju, Nadia Safitri, mengatakan udara panas di dalam gedung sempat membuat para pemain cepat lelah. Suhu di dalam GOR Satria malam itu tercatat mencapai 33\u00B0C karena pendingin ruangan tidak berfungsi maksimal. Meski begitu, ia bersyukur seluruh pemain dalam kondisi bugar dan tidak ada yang mengalami cedera serius menjelang laga puncak.

                [AD]

                ## Menanti juara bertahan

                Di final, Sukamaju akan berhadapan dengan juara bertahan Bumi Kencana yang sebelumnya menyingkirkan Tanjung Sari dengan skor telak 3-0. Kedua tim sudah bertemu di babak grup, dan saat itu Bumi Kencana menang 3-2 melalui pertarungan lima set yang berlangsung lebih dari dua jam. Jo\u00E3o menyebut timnya telah mempelajari rekaman pertandingan tersebut untuk memperbaiki kesalahan.

                Partai final dijadwalkan berlangsung Minggu (14/7/2019) pukul 19.00 WIB di tempat yang sama. Panitia menyatakan tiket untuk laga puncak sudah habis terjual sejak Sabtu siang, sehingga penonton yang tidak kebagian tiket diimbau menyaksikan siaran langsung melalui televisi daerah dan kanal video resmi penyelenggara.
                """;

        static final String DBD = """
                path: /kesehatan/2024/03/28/kasus-dbd-meningkat-dinkes-tanjung-sari-imbau-warga-gencarkan-3m-plus
                section: Kesehatan
                subsection: Tanjung Sari
                title: Kasus DBD Meningkat, Dinkes Tanjung Sari Imbau Warga Gencarkan 3M Plus
                description: Dinas Kesehatan Tanjung Sari mencatat 312 kasus DBD sejak Januari dan meminta warga tidak menunggu pengasapan.
                author: Sri Wahyuni
                published: 2024-03-28T10:05:00+07:00
                dateline: TANJUNG SARI, KabarNusa
                caption: Petugas memeriksa jentik nyamuk di tempat penampungan air warga. (Dok. Dinkes Tanjung Sari)
                tags: DBD, demam berdarah, kesehatan, Tanjung Sari
                credits: Editor: Ahmad Syarif
                ---
                Dinas Kesehatan Kabupaten Tanjung Sari mencatat 312 kasus demam berdarah dengue (DBD) sejak Januari hingga pekan ketiga Maret 2024. Jumlah itu meningkat lebih dari dua kali lipat dibandingkan periode yang sama tahun lalu. Empat pasien, tiga di antaranya anak-anak, meninggal dunia setelah terlambat mendapatkan perawatan di rumah sakit.

                Kepala Dinas Kesehatan Tanjung Sari, dr. Lina Marlina, mengatakan peralihan musim dari hujan ke kemarau membuat genangan air mudah ditemukan di lingkungan warga. Genangan di ban bekas, pot bunga, dan talang air menjadi tempat favorit nyamuk Aedes aegypti berkembang biak. "Pancaroba seperti sekarang ini adalah masa yang paling rawan. Kami minta warga tidak menunggu fogging," ujarnya.

                >> Baca juga: Puskesmas di Tanjung Sari Buka Layanan hingga Malam Selama Ramadan | /kesehatan/2024/03/20/puskesmas-di-tanjung-sari-buka-layanan-hingga-malam-selama-ramadan

                Menurut Lina, pengasapan hanya membunuh nyamuk dewasa dan tidak menyentuh jentik yang tersembunyi di genangan. Karena itu, langkah paling efektif tetap gerakan 3M Plus, yaitu menguras tempat penampungan air, menutup wadah air, dan mendaur ulang barang bekas, ditambah menaburkan bubuk larvasida serta memakai losion antinyamuk. Gerakan itu, kata dia, harus dilakukan serentak setiap minggu agar hasilnya terasa.

                [AD]

                ## Kenali gejala sejak dini

                Dinas Kesehatan juga meminta orang tua mewaspadai gejala awal DBD, seperti demam tinggi mendadak selama dua hingga tujuh hari, nyeri di belakang mata, nyeri otot, serta munculnya bintik merah di kulit. Anak yang demamnya turun pada hari ketiga atau keempat justru perlu diawasi lebih ketat, karena fase itu sering menjadi masa kritis ketika kebocoran plasma dapat terjadi.

                Di RSUD Tanjung Sari, ruang perawatan anak kini hampir penuh. Direktur RSUD, dr. Bambang Sulistyo, menyebut rumah sakit menyiapkan dua ruang tambahan dengan total 24 tempat tidur untuk pasien DBD. Ia mengimbau warga segera membawa anggota keluarga yang demam ke puskesmas terdekat untuk pemeriksaan darah, alih-alih hanya mengandalkan obat penurun panas yang dibeli di warung.

                Selain itu, pemerintah kabupaten mengaktifkan kembali program satu rumah satu juru pemantau jentik. Setiap keluarga diminta menunjuk satu anggota yang bertugas memeriksa tempat penampungan air di rumahnya sekali seminggu, lalu mencatat hasilnya pada kartu yang akan dikumpulkan kader kesehatan desa setiap akhir bulan.
                """;

        static final String SEKOLAH = """
                path: /pendidikan/2024/03/26/sekolah-di-lereng-gunung-lawang-kembali-gelar-belajar-tatap-muka
                section: Pendidikan
                subsection: Watu Gede
                jsonld: yes
                title: Sekolah di Lereng Gunung Lawang Kembali Gelar Belajar Tatap Muka
                description: Empat belas sekolah di lereng Gunung Lawang dibuka kembali setelah status gunung turun ke level Waspada.
                author: Dimas Pratama
                published: 2024-03-26T16:45:00+07:00
                modified: 2024-03-26T18:02:00+07:00
                dateline: WATU GEDE, KabarNusa
                caption: Siswa SD Negeri 1 Kalisari mengikuti kegiatan pemulihan di halaman sekolah, Senin (25/3/2024). (KabarNusa/Dimas Pratama)
                tags: Gunung Lawang, sekolah, pendidikan, Watu Gede
                credits: (dpr/rka)
                ---
                Sebanyak 14 sekolah di lereng Gunung Lawang, Kabupaten Watu Gede, kembali menggelar pembelajaran tatap muka mulai Senin (25/3/2024). Sekolah-sekolah itu sebelumnya meliburkan siswa selama hampir tiga pekan setelah status gunung dinaikkan ke level Siaga akibat meningkatnya aktivitas vulkanik dan guguran lava.

                Kepala Dinas Pendidikan Watu Gede, Suharti, mengatakan keputusan membuka kembali sekolah diambil setelah pusat pengamatan gunung api menurunkan status Gunung Lawang ke level Waspada pada Jumat pekan lalu. Meski begitu, sekolah yang berada dalam radius lima kilometer dari puncak tetap diminta menyiapkan jalur evakuasi dan menggelar latihan kebencanaan secara rutin.

                >> Baca juga: Status Gunung Lawang Turun ke Level Waspada, Pengungsi Mulai Pulang | /daerah/2024/03/22/status-gunung-lawang-turun-ke-level-waspada-pengungsi-mulai-pulang

                Di SD Negeri 1 Kalisari, yang berjarak sekitar enam kilometer dari puncak, suasana hari pertama terlihat riuh. Para siswa saling bercerita tentang pengalaman mereka selama mengungsi. Sebagian besar masih membawa masker karena abu tipis sesekali turun ketika angin bertiup dari arah puncak.

                Kepala SD Negeri 1 Kalisari, Wahyu Hidayat, mengatakan guru tidak langsung mengejar materi pelajaran yang tertinggal. Pada pekan pertama, sekolah lebih banyak mengadakan kegiatan pemulihan, seperti bermain, menggambar, dan bercerita bersama, agar anak-anak kembali nyaman berada di kelas. "Yang penting anak-anak senang dulu. Materi bisa dikejar pelan-pelan," katanya.

                [AD]

                ## Jalur evakuasi diperbarui

                Selama sekolah diliburkan, para guru bersama relawan memperbarui papan penunjuk jalur evakuasi dan titik kumpul di setiap sekolah. Dinas Pendidikan juga membagikan tas siaga bencana berisi senter, peluit, obat-obatan sederhana, dan fotokopi dokumen penting kepada sekolah-sekolah di kawasan rawan bencana tersebut.

                Suharti menambahkan, pembelajaran jarak jauh tetap disiapkan sebagai cadangan jika status gunung kembali naik. Guru diminta menyimpan bahan ajar dalam bentuk cetak karena sinyal internet di sejumlah dusun di lereng Gunung Lawang masih lemah, terutama saat cuaca buruk dan listrik padam.

                Orang tua siswa menyambut baik dibukanya kembali sekolah. Marni (38), warga Dusun Ngasem, mengatakan anaknya sulit belajar di pengungsian karena tempatnya ramai dan tidak ada meja. Ia berharap pemerintah juga memperhatikan perbaikan jalan desa yang rusak akibat lalu-lalang kendaraan pengangkut pasir selama masa tanggap darurat.
                """;

        /** Malay, with the markers that tell it from Indonesian: beliau, kerana, bahawa, RM, 3,200. */
        static final String NELAYAN_MS = """
                path: /serantau/2024/03/28/kerajaan-negeri-umum-bantuan-rm500-kepada-nelayan-terjejas-ombak-besar
                section: Serantau
                subsection: Malaysia
                lang: ms
                title: Kerajaan Negeri Umum Bantuan RM500 kepada Nelayan Terjejas Ombak Besar
                description: Kira-kira 3,200 nelayan pesisir akan menerima bantuan one-off RM500 sebelum Hari Raya Aidilfitri.
                author: Warta Semenanjung
                published: 2024-03-28T21:00:00+07:00
                dateline: KUALA SEMANGKA, 28 Mac
                caption: Bot nelayan ditambat di jeti Kuala Semangka ketika laut bergelora. (Warta Semenanjung)
                tags: Malaysia, nelayan, bantuan, cuaca
                credits: Sumber: Warta Semenanjung
                ---
                Kerajaan negeri akan menyalurkan bantuan one-off sebanyak RM500 kepada setiap nelayan pesisir yang terjejas akibat fenomena ombak besar sejak awal bulan ini. Menteri Besar, Datuk Seri Kamarul Azman Ismail, berkata bantuan itu melibatkan kira-kira 3,200 orang nelayan berdaftar di enam daerah dan dijangka diagihkan sebelum Hari Raya Aidilfitri.

                Beliau berkata demikian kepada pemberita selepas mempengerusikan mesyuarat Majlis Tindakan Ekonomi Negeri di Wisma Darul Semangka, semalam. Menurutnya, ramai nelayan tidak dapat turun ke laut lebih daripada dua minggu kerana keadaan cuaca yang tidak menentu, sekali gus menjejaskan pendapatan isi rumah mereka menjelang musim perayaan.

                "Kerajaan negeri prihatin terhadap nasib golongan nelayan yang bergantung sepenuhnya kepada hasil laut. Kita tidak mahu mereka menyambut Aidilfitri dalam keadaan serba kekurangan," katanya. Beliau menambah, nelayan yang belum mendaftar dengan pejabat perikanan daerah digalakkan berbuat demikian segera supaya turut layak menerima bantuan tersebut.

                [AD]

                ## Bayaran terus ke akaun bank

                Dalam pada itu, Pengarah Perikanan Negeri, Encik Razali Mohd Nor, memaklumkan bahawa semakan kelayakan akan dibuat berdasarkan pangkalan data sedia ada. Bayaran akan dikreditkan terus ke akaun bank penerima dalam tempoh dua minggu selepas senarai muktamad diluluskan. Nelayan yang tidak mempunyai akaun bank boleh menuntut bantuan secara tunai di pejabat perikanan daerah masing-masing.

                Jabatan Meteorologi pula menjangkakan keadaan laut bergelora dengan ombak setinggi 3.5 meter masih berterusan sehingga hujung minggu ini. Orang ramai, khususnya pengusaha bot pelancong dan nelayan, dinasihatkan supaya tidak turun ke laut dan sentiasa mengikuti amaran cuaca terkini yang dikeluarkan dari semasa ke semasa.
                """;

        static final String FERRY = """
                path: /news/local/2024/03/28/council-approves-ferry-terminal-upgrade
                section: Local
                jsonld: yes
                title: Council Approves \u00A314m Ferry Terminal Upgrade After Two-Year Delay
                description: Councillors voted 31 to 9 for a new passenger building, a covered walkway and a second vehicle lane at Port Elwick's ferry terminal.
                teaser: Councillors vote 31 to 9 for a new passenger building and a second vehicle lane.
                author: Margaret Ellery
                role: Local Affairs Reporter
                published: 2024-03-28T18:30:00Z
                caption: An artist's impression of the new passenger building. (Port Elwick Council)
                tags: ferry, Skerra Island, council, transport
                credits: Editor: Daniel Okafor
                ---
                A \u00A314 million upgrade of Port Elwick's ageing ferry terminal will finally go ahead after councillors voted 31 to 9 in favour of the scheme on Thursday night, ending a two-year stand-off over how the work should be paid for. The plans include a new passenger building, a covered walkway to the berth and a second vehicle lane designed to cut the queues that stretch along Quay Road on summer weekends.

                Council leader Priya Nandakumar told the meeting that the terminal, built in 1978, was "no longer fit for the town we have become". Passenger numbers on the crossing to Skerra Island have risen by almost a third since 2019, she said, while the existing waiting room can seat fewer than sixty people. "We have talked about this for long enough. Tonight we stop talking and start building."

                >> Read also: Ferry Operator Adds Early Sailing to Skerra Island Timetable | /news/local/2024/02/14/ferry-operator-adds-early-sailing

                The scheme had stalled in 2022 when the cost estimate rose sharply after a survey found that parts of the old pier would need to be rebuilt rather than repaired. Under the agreement approved this week, the council will borrow \u00A36.5 million, the regional transport fund will contribute \u00A35 million and the ferry operator, Skerra Island Lines, will cover the remainder through a small increase in vehicle fares phased in over five years.

                [AD]

                ## Opposition warns of fare rises

                Not everyone was persuaded. Councillor Gareth Pryce, who leads the opposition group, said islanders were being asked to pay twice, once through their council tax and again at the ticket office. He argued that the vehicle fare increase would fall hardest on island businesses that depend on daily deliveries, and called for a cap on fares for residents to be written into the contract.

                Residents on Skerra, where around 1,400 people live year-round, gave the decision a cautious welcome. Alison Brodie, who runs the island's general store, said the new terminal was long overdue but that she would be watching the fares closely. "Every delivery van that comes over pays that fare, and in the end it is added to the price of a loaf of bread," she said.

                Work is expected to begin in October, after the peak tourist season, and to take around eighteen months. The ferry service will continue to run throughout, with a temporary waiting area set up in the former harbour master's office. The council said detailed timetables for any disruption would be published at least a month before construction starts.
                """;

        /** windows-1252 page: curly quotes, en dashes, pound signs and accented capitals all exist there. */
        static final String BAKERY = """
                path: /news/community/2024/03/27/quayside-bakery-named-best-in-region
                section: Community
                title: Quayside Bakery Named Best in the Region for Its Sourdough
                description: Crust & Crumb beat more than 120 entries to win the South Coast Food Awards' independent bakery prize.
                teaser: Crust & Crumb beats more than 120 entries from across the region.
                author: Tom Barwick
                role: Community Reporter
                published: 2024-03-27T09:00:00Z
                caption: \u00C9lodie and Neil Marchant in their bakery on the quay.
                tags: food, awards, business, quayside
                credits: Editor: Sian Lowry
                ---
                A family bakery on Port Elwick's quayside has been named the best independent bakery in the South Coast Food Awards, beating more than 120 entries from across the region. The judges singled out its slow-fermented sourdough, which owner \u00C9lodie Marchant makes with a starter she brought from her grandmother's kitchen in Brittany when she moved to the town in 2009.

                Marchant, who runs Crust & Crumb with her husband Neil, said she learned of the award only when a judge rang on Monday morning while she was still shaping the day's loaves. "I thought it was a friend playing a joke," she said. "Then they asked me to confirm the spelling of my name for the certificate, and I had to sit down on a flour sack."

                >> Read also: Seafront Caf\u00E9 Reopens After Winter Refit | /news/community/2024/03/02/seafront-cafe-reopens-after-winter-refit

                The bakery starts work at 3am six days a week. Each sourdough loaf is left to rise for around eighteen hours before it is baked in a stone-floored oven that the couple bought second-hand from a closing restaurant in 2015. A standard loaf sells for \u00A34.20 - a price Marchant says she has held since last spring despite rising costs for flour and energy.

                [AD]

                ## Queues round the corner

                Since the news broke, queues have formed outside the small shop before it opens at 7.30am, and the sourdough has sold out by mid-morning every day this week. Neil Marchant said the bakery had taken on a part-time assistant to cope with demand, but had no plans to expand. "We could make more bread, but it wouldn't be the same bread," he said.

                Regular customer Joan Fairweather, 81, who has bought a loaf every Saturday since the shop opened, said she was delighted but not surprised. "It's the crust - you can hear it crackle when you cut it," she said. "I just hope the tourists leave one for me."

                The award, now in its twelfth year, is judged by a panel of chefs, food writers and members of the public who taste entries blind. Crust & Crumb will represent the region at the national final in June, where it will compete against eleven other regional winners.
                """;

        static final String STORM = """
                path: /news/local/2024/03/28/amber-wind-warning-coastal-towns-brace-for-gales
                section: Local
                jsonld: yes
                title: Amber Wind Warning Issued as Coastal Towns Brace for Gales
                description: Gusts of up to 75mph are expected on exposed headlands between Port Elwick and Gull Point from Friday evening.
                teaser: Gusts of up to 75mph expected on exposed headlands from Friday evening.
                author: Ruth Okonjo
                role: Environment Correspondent
                published: 2024-03-28T07:15:00Z
                modified: 2024-03-28T11:40:00Z
                caption: Waves break over the sea wall on Marine Parade during January's storm.
                tags: weather, storm, ferry, coastguard
                credits: Editor: Daniel Okafor
                ---
                An amber warning for wind has been issued for the coast between Port Elwick and Gull Point from 6pm on Friday until midday on Saturday, with gusts of up to 75mph expected on exposed headlands. Forecasters say the storm, the fifth named storm of the season, could bring flying debris, large waves and power cuts, and have warned that journeys along the coast road are likely to take longer than usual.

                Skerra Island Lines has already cancelled all sailings after 2pm on Friday and said the first crossing on Saturday would depend on conditions at the pier. Passengers with bookings can transfer to another sailing free of charge. The harbour master has asked owners of small boats to check their moorings and to move dinghies above the high-water line before the tide turns on Friday afternoon.

                >> Read also: Lifeboat Crew Rescues Two Kayakers off Gull Point | /news/local/2024/03/19/lifeboat-crew-rescues-two-kayakers

                The council said sandbags were available from the depot on Mill Lane and that the seafront promenade would be closed to pedestrians from 4pm, with barriers at both ends. Waves overtopped the sea wall during a similar storm in January, flooding the ground floor of several cafes and shops along Marine Parade and leaving a thick layer of shingle across the road.

                [AD]

                ## Schools and events

                Headteachers at the three primary schools closest to the seafront said they would decide by 7am on Friday whether to close early, and would let parents know by text message. The weekend farmers' market on the harbour car park has been postponed until the following Saturday, and the Easter egg hunt planned for Castle Gardens has been moved indoors to the town hall.

                Electricity North Coast said it had extra engineers on standby and advised households to keep torches and phone chargers ready. It reminded people never to approach fallen power lines and to report them straight away. Older residents and people who rely on powered medical equipment can register for priority support through the company's website.

                Coastguard officers urged people not to go to the seafront to watch or photograph the waves. "Every storm we see people standing on the harbour wall to film the spray," said station officer Kevin Trelawny. "One big wave is all it takes. Please enjoy the storm from a window."
                """;

        static final String ROWING = """
                path: /sport/2024/03/25/harbour-rowing-club-marks-100-years
                section: Sport
                title: Harbour Rowing Club Marks 100 Years on the Water
                description: More than three hundred rowers raced across the harbour as Port Elwick Rowing Club celebrated its centenary.
                teaser: More than three hundred rowers raced across the harbour.
                author: Margaret Ellery
                role: Local Affairs Reporter
                published: 2024-03-25T12:00:00Z
                caption: Crews line up for the centenary race off the breakwater.
                tags: rowing, sport, regatta, history
                credits: Editor: Daniel Okafor
                ---
                Port Elwick Rowing Club celebrated its hundredth anniversary at the weekend with a regatta that drew crews from clubs along the whole south coast. More than three hundred rowers took part in twenty-two races across the harbour on Saturday, watched by crowds who lined the quay and the breakwater despite a cold north-easterly wind.

                The club was founded in 1924 by a group of harbour pilots and fishermen who raced the town's working gigs on summer evenings. Its first boathouse was a borrowed net loft on Fish Street, and early records show members paid a subscription of two shillings a year. The club moved to its present boathouse by the lifeboat station in 1961, after the original loft was damaged in a winter storm.

                Club president Helen Tregarthen, who first rowed for the club as a schoolgirl in 1979, said the centenary was a chance to thank the generations of volunteers who had kept it going. "We have never had much money, but we have always had people who turn up at six in the morning to carry boats down the slipway," she said. "That is what a hundred years looks like."

                >> READ MORE: Harbour Regatta Returns After Three-Year Break | /sport/2023/07/10/harbour-regatta-returns

                [AD]

                ## A new boat for the next century

                To mark the anniversary, the club has commissioned a new six-oar gig built from elm by a boatbuilder in the town, the first wooden boat it has ordered in more than forty years. The boat, named Centenary, was blessed by the harbour chaplain before the final race and rowed by a crew that included the club's oldest active member, 84-year-old Walter Penrose.

                Membership has grown to almost two hundred in recent years, helped by a junior section that now trains three evenings a week and a programme of taster sessions for adults who have never rowed. The club hopes to raise \u00A340,000 over the next two years to extend the boathouse and add changing rooms, and is selling commemorative oars engraved with the names of donors.
                """;

        static final String JEMBATAN = """
                Jembatan Gantung Penghubung Dua Desa di Watu Gede Putus Diterjang Arus Sungai

                WATU GEDE, SuaraPesisir - Jembatan gantung yang menghubungkan Desa Sumberejo dan Desa Cangkring di Kecamatan Kali Jernih, Kabupaten Watu Gede, putus diterjang arus Sungai Lamat yang meluap pada Selasa (26/3/2024) malam. Tidak ada korban jiwa dalam peristiwa itu, tetapi sekitar 600 warga dari dua desa kini harus memutar sejauh 12 kilometer untuk menyeberang.

                Kepala Desa Sumberejo, Purwanto, mengatakan hujan deras sejak sore membuat debit sungai naik dengan cepat. Batang kayu dan bambu yang terbawa arus tersangkut di tiang jembatan hingga akhirnya kabel penyangga di sisi timur putus sekitar pukul 21.30 WIB. "Suaranya keras sekali, warga langsung keluar rumah. Untung malam itu tidak ada yang sedang menyeberang," ujarnya.

                Jembatan sepanjang 45 meter itu dibangun secara swadaya oleh warga pada 2011 dan menjadi jalur utama bagi pelajar, petani, serta pedagang yang hendak ke pasar kecamatan. Setiap pagi, ratusan siswa SMP dan SMA dari Desa Cangkring melintasi jembatan tersebut untuk berangkat ke sekolah.

                Untuk sementara, warga bergotong royong membuat rakit dari drum plastik dan bambu untuk menyeberangkan pelajar ketika arus sungai sudah tenang. Namun, Purwanto meminta orang tua tidak membiarkan anak-anak menyeberang sendiri. Relawan dan anggota BPBD berjaga di kedua tepi sungai setiap pagi dan sore.

                Kepala Pelaksana BPBD Watu Gede, Teguh Santoso, menyatakan pihaknya sudah mengajukan pembangunan jembatan darurat dari rangka baja kepada pemerintah provinsi. Ia berharap jembatan sementara itu dapat dipasang dalam dua pekan agar aktivitas warga kembali normal menjelang Lebaran.

                Baca juga: Warga Gotong Royong Bangun Rakit Darurat di Kali Jernih
                Baca juga: BPBD Watu Gede Petakan 27 Titik Rawan Longsor

                (gmh/sps)
                Editor: Fajar Nugroho

                Terpopuler
                1
                Harga Cabai Rawit di Pasar Induk Sukamaju Tembus Rp95 Ribu per Kilogram
                2
                Jadwal Imsakiyah dan Buka Puasa Wilayah Watu Gede Hari Ini
                3
                Dua Pelajar Terseret Ombak di Pantai Sendang, Satu Belum Ditemukan
                -
                Kereta Tambahan Lebaran Mulai Dijual, Ini Cara Memesannya
                -
                Pemkab Buka Pendaftaran Mudik Gratis, Ini Syaratnya

                Dapatkan update berita pilihan dan breaking news setiap hari dari SuaraPesisir. Mari bergabung di saluran WhatsApp SuaraPesisir, caranya klik tautan ini, kemudian ikuti.
                Copyright \u00A9 2024 SuaraPesisir. All rights reserved.""";

        /** A scraper that lost every line break: the furniture is inline, mid-paragraph. */
        static final String BAWANG_INLINE = "SUKAMAJU, LintasKota - Harga bawang putih di sejumlah pasar tradisional "
                + "Kota Sukamaju terus merangkak naik sepekan menjelang Lebaran. Di Pasar Lama, bawang putih kating dijual "
                + "Rp44.000 per kilogram, naik dari Rp36.000 pada awal Maret. \"Naiknya memang pelan, tapi hampir setiap hari "
                + "naik seribu sampai dua ribu. Pembeli banyak yang mengeluh,\" kata Warsini, pedagang bumbu di pasar tersebut. "
                + "Ia menyebut pasokan dari distributor berkurang karena pengiriman dari pelabuhan tertunda akibat cuaca buruk. "
                + "Kondisi itu membuat pedagang terpaksa ikut menaikkan harga jual, kata dia. Baca juga: Harga Cabai Naik Lagi "
                + "Jelang Lebaran Menurut data Dinas Perdagangan Kota Sukamaju, harga rata-rata bawang putih di tingkat konsumen "
                + "naik 18 persen dalam sebulan terakhir. Kepala Bidang Perdagangan, Yuliana Sari, mengatakan pihaknya sudah "
                + "meminta distributor mempercepat penyaluran stok yang masih tersimpan di gudang. \"Stoknya ada, hanya "
                + "distribusinya tersendat. Kami pantau setiap hari,\" ujarnya. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT "
                + "Selain bawang putih, harga telur ayam ras juga naik menjadi Rp29.000 per kilogram, sementara daging ayam "
                + "potong dijual Rp38.000 per kilogram. Pemerintah kota berencana menggelar pasar murah di tiga kecamatan mulai "
                + "Senin depan dengan menyediakan bawang putih, gula, dan minyak goreng di bawah harga pasar. (ysr/lkt) Baca "
                + "juga: Pemkot Sukamaju Gelar Pasar Murah di Tiga Kecamatan Baca juga: Antrean Tiket Mudik Mengular di "
                + "Terminal Sukamaju Terpopuler 1 Jadwal Imsakiyah dan Buka Puasa Kota Sukamaju Hari Ini 2 Harga Emas "
                + "Perhiasan di Sukamaju Naik Lagi 3 Lima Kuliner Takjil Legendaris di Pasar Lama Copyright \u00A9 2024 "
                + "LintasKota. All rights reserved.";

        static final String CLOCK = """
                Town Hall Clock Restored After Eighteen Months of Silence

                The clock on Wexley Town Hall struck noon on Tuesday for the first time in eighteen months, drawing applause from a small crowd that had gathered in Market Square to hear it. The Victorian clock fell silent in the autumn of 2022 when a worn gear in its striking mechanism finally broke, and the council had struggled to find a specialist able to repair it.

                The work was eventually carried out by a father-and-son firm of clockmakers who spent six weeks dismantling the mechanism, cleaning more than four hundred parts and casting a replacement gear in bronze. "Every part of it was made by hand, so nothing is quite standard," said Martin Hale, who led the repair. "You have to listen to the clock before you touch it."

                Read more: Wexley Market Square Pedestrian Scheme Approved

                The repair cost \u00A338,000, of which \u00A325,000 came from a heritage grant and the rest from a public appeal that raised money through bake sales, quiz nights and a sponsored walk around the town's boundary. The appeal's organiser, retired postmistress Brenda Coyle, said more than nine hundred people had given something.

                The clock will now be wound by hand once a week by a team of volunteers, who have been trained by the clockmakers. The council said it would also install a camera in the clock room so that faults can be spotted quickly, and the tower will be open to visitors on the first Saturday of each month from May.

                Related: Heritage Open Days Return to Wexley This Summer

                Share this article
                Facebook
                X
                Email
                Most popular
                Bypass Roadworks to Continue Until June
                Wexley Carnival Date Confirmed
                Police Appeal After Shop Window Smashed
                Read more: Council Tax to Rise by 4.9 Per Cent
                Sign up for our free newsletter and get the North Coast Post's top stories in your inbox every morning.
                \u00A9 2024 North Coast Post. All rights reserved.""";

        static final String GARAM = """
                Petani Garam di Pesisir Tanjung Sari Mulai Panen Lebih Awal

                TANJUNG SARI, SuaraPesisir - Petani garam di pesisir utara Kabupaten Tanjung Sari mulai memanen garam lebih awal tahun ini. Cuaca yang cerah selama dua pekan terakhir membuat air laut di petak-petak tambak cepat mengering, sehingga kristal garam sudah bisa dikumpulkan pada akhir Maret, sekitar sebulan lebih cepat dibandingkan musim sebelumnya.

                Ketua Kelompok Petani Garam Segara Makmur, Darsono, mengatakan setiap petak tambak seluas seperempat hektare kini menghasilkan sekitar satu ton garam dalam sepuluh hari. Namun, ia khawatir hujan yang masih turun sesekali dapat merusak hasil panen jika petani tidak segera menutup tumpukan garam dengan terpal.

                Harga garam di tingkat petani saat ini berkisar Rp1.200 per kilogram, lebih baik daripada tahun lalu yang sempat jatuh hingga Rp500 per kilogram. Darsono berharap harga tersebut bertahan hingga puncak panen pada Juli, ketika produksi biasanya melimpah dan pedagang pengepul mulai menawar lebih rendah.

                Dinas Kelautan dan Perikanan Tanjung Sari berencana membangun dua gudang penyimpanan garam di Desa Karang Anyar dan Desa Pasir Putih tahun ini. Gudang itu diharapkan membantu petani menyimpan hasil panen lebih lama dan menjual garam ketika harga sedang baik, alih-alih melepasnya langsung kepada tengkulak.""";

        /** The scraper crashed while writing this line: the JSON object is never closed. */
        static final String BROKEN_LINE = "{\"id\":\"sp-0005\",\"url\":\"https://www.suarapesisir.example/daerah/2024/03/27/"
                + "kapal-penyeberangan-kandas\",\"date\":\"2024-03-27T14:10:00+07:00\",\"source_dataset\":\""
                + Scraped.DATASET + "\",\"text\":\"TANJUNG SARI, SuaraPesisir - Kapal penyeberangan yang membawa 86 "
                + "penumpang kandas di alur pelabuhan";

        static final String PAYWALL = """
                Konten Premium
                Artikel ini khusus untuk pelanggan LintasKota Plus.
                Masuk atau berlangganan untuk melanjutkan membaca.
                Masuk
                Berlangganan mulai Rp25.000/bulan
                Lupa kata sandi?
                Copyright \u00A9 2024 LintasKota. All rights reserved.""";

        static final String LAYANG = """
                Beranda
                Berita
                Daerah
                Ekonomi
                Olahraga
                Wisata
                Indeks
                Beranda > Wisata > Tanjung Sari
                Festival Layang-Layang Jadi Tempat Ngabuburit Warga Tanjung Sari
                Oleh Galih Mahendra - Minggu, 24 Maret 2024 | 16:20 WIB
                TANJUNG SARI, SuaraPesisir - Ratusan layang-layang aneka bentuk menghiasi langit Pantai Sendang, Kabupaten Tanjung Sari, Minggu (24/3/2024) sore. Festival layang-layang yang digelar untuk pertama kalinya selama Ramadan itu diikuti 150 peserta dari berbagai kecamatan dan menjadi tempat ngabuburit bagi ribuan warga sambil menunggu waktu berbuka puasa.
                Layang-layang yang diterbangkan beragam, mulai dari bentuk ikan, naga, dan burung garuda hingga layang-layang tradisional berbahan daun kering. Layang-layang terbesar berbentuk ikan pari dengan lebar sayap hampir tujuh meter, buatan kelompok pemuda Desa Pasir Putih yang mengerjakannya selama tiga minggu.
                Ketua panitia, Rizal Firmansyah, mengatakan festival itu sengaja digelar pada sore hari agar tidak memberatkan peserta yang sedang berpuasa. Angin laut yang stabil menjelang senja, kata dia, juga membuat layang-layang berukuran besar lebih mudah diterbangkan dan dikendalikan oleh peserta.
                Para pedagang takjil di sekitar pantai turut kebagian rezeki. Sumiati, penjual kolak dan es buah, mengaku dagangannya habis sebelum azan magrib berkumandang. Pemerintah kabupaten berencana menjadikan festival tersebut agenda tahunan untuk menarik wisatawan ke kawasan pesisir selatan.
                (gmh/sps)
                Dapatkan update berita pilihan dan breaking news setiap hari dari SuaraPesisir. Mari bergabung di saluran WhatsApp SuaraPesisir, caranya klik tautan ini, kemudian ikuti.
                Copyright \u00A9 2024 SuaraPesisir. All rights reserved.""";
    }
}
