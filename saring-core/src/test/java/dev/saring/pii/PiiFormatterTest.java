package dev.saring.pii;

import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Role;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PiiFormatterTest {

    private static final PiiFormatter DEFAULTS = PiiFormatter.defaults();

    private static String redact(PiiFormatter f, String text) {
        return f.redact(text, new PiiFormatter.Counts());
    }

    @Test
    void emailAddressesAreReplacedInTurnFromTheFixedList() {
        assertThat(redact(DEFAULTS, "Kirim ke rina.putri@contoh.co.id atau budi+berita@mail.example.com."))
                .isEqualTo("Kirim ke email@example.com atau firstname.lastname@example.org.");
        assertThat(redact(DEFAULTS, "a@b.cd, c@d.ef, e@f.gh")).isEqualTo("email@example.com, firstname.lastname@example.org, email@example.com");
    }

    @Test
    void whatIsNotAnAddressStays() {
        for (String s : List.of("Harga naik 3.5% pada 12.05.2024.", "versi 1.2.3.4 dan v2.0.0.1 serta build 10.0.0.1",
                "Chrome 120.0.6099.109", "1.2.3.4.5 adalah nomor bagian", "IP 999.1.1.1 salah", "alamat @ kantor", "user@localhost",
                "a..b@", "@twitter", "Pi kira-kira 3.14159265358979", "jam 10.30 WIB", "tanggal 2024-01-15 pukul 12:30")) {
            assertThat(redact(DEFAULTS, s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void onlyPublicIpAddressesAreReplaced() {
        assertThat(redact(DEFAULTS, "Server 8.8.8.8 dan 203.0.114.9 menjawab.")).isEqualTo("Server 192.0.2.1 dan 198.51.100.2 menjawab.");
        for (String ip : List.of("10.1.2.3", "172.16.5.4", "192.168.0.1", "127.0.0.1", "169.254.1.1", "100.64.0.1",
                "192.0.2.55", "198.51.100.7", "203.0.113.200", "224.0.0.251", "255.255.255.255", "0.0.0.0", "198.18.0.1")) {
            assertThat(redact(DEFAULTS, "alamat " + ip + " lokal")).as(ip).isEqualTo("alamat " + ip + " lokal");
        }
        var all = new PiiFormatter(true, true, false, false);
        assertThat(redact(all, "router 192.168.0.1")).isEqualTo("router 192.0.2.1");
    }

    @Test
    void phoneNumbersAreReplacedOnlyWhenAskedFor() {
        String text = "Hubungi +62 812-3456-7890 atau (021) 555-1234 dan 0812 3456 7890.";
        assertThat(redact(DEFAULTS, text)).isEqualTo(text);
        var phones = new PiiFormatter(true, true, true, true);
        assertThat(redact(phones, text)).isEqualTo("Hubungi +1 202 555 0100 atau +1 202 555 0199 dan +1 202 555 0100.");
        assertThat(redact(phones, "Nomor pesanan 12345678901 dan skor 0.123456789")).isEqualTo("Nomor pesanan 12345678901 dan skor 0.123456789");
    }

    @Test
    void keptLinesAreRedactedAndCountedAndDroppedLinesAreLeftAlone() {
        var blocks = List.of(Block.kept(Role.BODY, "Tulis ke redaksi@contoh.id."),
                new Block(Role.CREDITS, "Kontak: iklan@contoh.id", Decision.drop("clean", "credits")),
                Block.kept(Role.BODY, "Server 8.8.4.4."));
        var doc = Document.ofText("d", Source.atOffset("f", 0, 0, 0), "").withBlocks(blocks);
        var out = DEFAULTS.apply(doc).document();
        assertThat(out.text()).isEqualTo("Tulis ke email@example.com.\nServer 192.0.2.1.");
        assertThat(out.blocks().get(1).text()).isEqualTo("Kontak: iklan@contoh.id");
        assertThat(out.meta().asMap()).containsEntry("pii", Map.of("email", 1L, "ip", 1L));
        var clean = Document.ofText("e", Source.atOffset("f", 0, 0, 0), "Tidak ada alamat di sini.");
        assertThat(DEFAULTS.apply(clean).document()).isSameAs(clean);
    }

    @Test
    void everyPlantedAddressIsReplacedAndNothingElseChanges() {
        var random = new Random(7);
        String[] words = {"harga", "naik", "3.5", "1.2.3", "10.0.0.1", "pada", "12.05.2024", "kata", "dia", "@", "a.b", "2024-01-15", "x@y"};
        for (int round = 0; round < 200; round++) {
            var text = new StringBuilder();
            var expected = new StringBuilder();
            int planted = 0;
            int emails = 0;
            int ips = 0;
            for (int w = 0; w < 40; w++) {
                String sep = w == 0 ? "" : " ";
                if (random.nextInt(8) == 0) {
                    boolean email = random.nextBoolean();
                    String address = email
                            ? "user" + random.nextInt(1000) + "@host" + random.nextInt(50) + ".example.com"
                            : (11 + random.nextInt(80)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
                    text.append(sep).append(address);
                    expected.append(sep).append(email
                            ? List.of("email@example.com", "firstname.lastname@example.org").get(emails++ % 2)
                            : List.of("192.0.2.1", "198.51.100.2", "203.0.113.3", "192.0.2.4", "198.51.100.5", "203.0.113.6").get(ips++ % 6));
                    planted++;
                } else {
                    String word = words[random.nextInt(words.length)];
                    text.append(sep).append(word);
                    expected.append(sep).append(word);
                }
            }
            var counts = new PiiFormatter.Counts();
            assertThat(DEFAULTS.redact(text.toString(), counts)).as(text.toString()).isEqualTo(expected.toString());
            assertThat(counts.email + counts.ip).isEqualTo(planted);
        }
    }

    @Test
    void scanningIsLinearOnAdversarialText() {
        // time at n and 4n: quadratic work would take 16 times as long; the factor allows for a noisy machine
        var inputs = new ArrayList<String>();
        for (String unit : List.of("a", "a.", "1.", "a@", "@a.", "a-", "0 ", "+1")) inputs.add(unit);
        for (String unit : inputs) {
            int n = 1_000_000 / unit.length();
            long small = time(unit.repeat(n));
            long large = time(unit.repeat(4 * n));
            assertThat(large).as("'" + unit + "' repeated").isLessThan(Math.max(small, 20_000_000L) * 10);
        }
    }

    /** The least CPU time of this thread over five runs: other processes on the machine do not count. */
    private static long time(String text) {
        var all = new PiiFormatter(true, true, false, true);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            all.redact(text, new PiiFormatter.Counts());
            best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }
}
