package dev.saring.clean;

import dev.saring.model.Document;
import dev.saring.model.Role;
import dev.saring.model.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Furniture inside lines of text that lost its line breaks: cut out, the sentences around it kept. */
class InlineFurnitureTest {

    private static Document clean(String text) {
        return clean(LineCleaner.defaults(), text);
    }

    private static Document clean(LineCleaner cleaner, String text) {
        return cleaner.apply(Document.ofText("d", Source.atOffset("t.txt", 0, 0, 0), text)).document();
    }

    private static final LineCleaner CREDITS_TO_META = LineCleaner.defaults().withCreditsToMeta(true);

    @Test
    void aRelatedLinkInsideAParagraphIsCutUpToTheNextSentence() {
        assertThat(clean("Harga beras naik lagi, kata dia. Baca juga: Harga Cabai Naik Lagi Menurut data BPS, harga gabah turun.").text())
                .isEqualTo("Harga beras naik lagi, kata dia. Menurut data BPS, harga gabah turun.");
    }

    @Test
    void anInlineHeadlineEndsWhereItsWordsRepeatAsTheNextSentencesSubject() {
        assertThat(clean("Ia bermain baik musim lalu. Baca juga:Adam Przybek Terpesona dengan Cara Persib Perkenalkan Pemain Baru "
                + "Adam Przybek datang membawa harapan baru bagi tim.").text())
                .isEqualTo("Ia bermain baik musim lalu. Adam Przybek datang membawa harapan baru bagi tim.");
    }

    @Test
    void aCapitalisedMinorWordStartsTheNextSentence() {
        assertThat(clean("Tim itu lolos ke final. Baca juga:Permasalahan Malut United dan Yeyen Tumena Resmi Tuntas "
                + "Di lain sisi, daftar peserta belum lengkap.").text())
                .isEqualTo("Tim itu lolos ke final. Di lain sisi, daftar peserta belum lengkap.");
    }

    @Test
    void aSentenceOpeningWordEndsAHeadlineThatHasACapitalisedMinorWordInside() {
        // "Jelang" is a capitalised minor word inside the headline; "Menurut" opens the sentence after it
        assertThat(clean("Pemerintah menyiapkan operasi pasar. Baca juga: Harga Cabai Naik Lagi Jelang Lebaran "
                + "Menurut data BPS, harga cabai naik dua kali lipat.").text())
                .isEqualTo("Pemerintah menyiapkan operasi pasar. Menurut data BPS, harga cabai naik dua kali lipat.");
    }

    @Test
    void aQuoteStartsTheNextSentence() {
        assertThat(clean("Harga emas turun. Baca juga: Harga Emas Antam Turun Lagi \"Kami belum tahu,\" kata dia.").text())
                .isEqualTo("Harga emas turun. \"Kami belum tahu,\" kata dia.");
    }

    @Test
    void markersInCapitalsAndBracketedMarkersAreCutWhereTheyStand() {
        assertThat(clean("Korban selamat 28 orang. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT \"Sampai pukul 13.30 ada lima korban,\" kata dia. [Gambas:Video CNN]").text())
                .isEqualTo("Korban selamat 28 orang. \"Sampai pukul 13.30 ada lima korban,\" kata dia.");
    }

    @Test
    void aPromotionAndItsVideoMarkerAtTheEndOfTheTextGoTogether() {
        assertThat(clean("Polisi masih memburu 16 tersangka. Simak juga Video: Banyak WNI Berbohong Demi Kerja di Kamboja [Gambas:Video 20detik]").text())
                .isEqualTo("Polisi masih memburu 16 tersangka.");
    }

    @Test
    void aHeadlineThatRunsToTheEndOfTheTextIsCutWhole() {
        assertThat(clean("Ia membantah menerima uang itu. Pilihan Editor: Jejak Karier Kadis PUPR Sumut. Orang Dekat Bobby Diciduk KPK").text())
                .isEqualTo("Ia membantah menerima uang itu.");
    }

    @Test
    void nonBreakingSpaceEntitiesDoNotHideAPiece() {
        assertThat(clean("Dana dijaga kustodian resmi.&nbsp; Pilihan Editor:&nbsp;Profil PT Koin Semesta yang Bakal IPO &nbsp;").text())
                .isEqualTo("Dana dijaga kustodian resmi.");
    }

    @Test
    void aLowercasePhraseInsideASentenceIsOrdinaryText() {
        String s = "Calon peserta diminta membaca juga, dan baca juga buku panduan itu sebelum mendaftar ke panitia.";
        assertThat(clean(s).text()).isEqualTo(s);
        String pronunciation = "Sate Rembiga (baca: Rembige) merupakan kuliner yang tak asing lagi bagi warga kota.";
        assertThat(clean(pronunciation).text()).isEqualTo(pronunciation);
    }

    @Test
    void agencyInitialsAfterTheLastSentenceGoToCreditsWhenAsked() {
        Document d = clean(CREDITS_TO_META, "Pernyataan itu menekankan pentingnya menghormati hak anak-anak.” gtp/pkp (Reuters, AFP)");
        assertThat(d.text()).isEqualTo("Pernyataan itu menekankan pentingnya menghormati hak anak-anak.”");
        assertThat(d.meta().get(LineCleaner.CREDITS_META)).contains(java.util.List.of("gtp/pkp (Reuters, AFP)"));
    }

    @Test
    void anEditorCreditAtTheEndOfAParagraphGoesToCreditsWhenAsked() {
        Document d = clean(CREDITS_TO_META, "Artikel ini pertama kali terbit dalam bahasa Jerman. Diadaptasi oleh Rizki Nugraha Editor: Agus Setiawan");
        assertThat(d.text()).isEqualTo("Artikel ini pertama kali terbit dalam bahasa Jerman.");
        assertThat(d.meta().get(LineCleaner.CREDITS_META)).contains(java.util.List.of("Diadaptasi oleh Rizki Nugraha", "Editor: Agus Setiawan"));
    }

    @Test
    void aPieceCutOutOfALineFollowsTheLineBlocksAsADroppedBlock() {
        Document d = clean("Harga beras naik lagi, kata dia. Baca juga: Harga Cabai Naik Lagi Menurut data BPS, harga gabah turun.");
        assertThat(d.blocks()).hasSize(2);
        assertThat(d.blocks().get(0).isKept()).isTrue();
        assertThat(d.blocks().get(1).isKept()).isFalse();
        assertThat(d.blocks().get(1).text()).isEqualTo("Baca juga: Harga Cabai Naik Lagi");
        assertThat(d.blocks().get(1).decision().reason()).startsWith("inline:");
    }

    @Test
    void byDefaultACreditSuffixStaysInItsLine() {
        String line = "Pernyataan itu menekankan pentingnya menghormati hak anak-anak.” gtp/pkp (Reuters, AFP)";
        assertThat(clean(line).text()).isEqualTo(line);
    }

    @Test
    void aCreditsLineIsDroppedWithRoleCredits() {
        Document d = clean("Harga cabai naik tajam di semua pasar tradisional pekan ini, kata pedagang.\n\nPenulis: Yoghy Irfan\n\nEditor: Awan");
        assertThat(d.text()).isEqualTo("Harga cabai naik tajam di semua pasar tradisional pekan ini, kata pedagang.");
        assertThat(d.blocks().get(2).role()).isEqualTo(Role.CREDITS);
        assertThat(d.blocks().get(2).decision().reason()).isEqualTo("credits");
        assertThat(d.meta().get(LineCleaner.CREDITS_META)).contains(java.util.List.of("Penulis: Yoghy Irfan", "Editor: Awan"));
    }

    @Test
    void creditsStayInTheTextWhenAskedTo() {
        var keep = LineCleaner.defaults().withCreditsToMeta(false);
        String s = "Pernyataan itu menekankan pentingnya menghormati hak anak-anak.” gtp/pkp (Reuters, AFP)";
        Document d = keep.apply(Document.ofText("d", Source.atOffset("t", 0, 0, 0), s)).document();
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.meta().get(LineCleaner.CREDITS_META)).isEmpty();
    }

    @Test
    void aVideoPromoBeforeItsMarkerLeavesNoColonAtTheEndOfTheText() {
        // the shape of every detik article: the cut used to leave " :" and the one-line text lost its full stop
        assertThat(clean("Pemerintah menguasai 21 persen wilayah. Simak juga Video 'Komdigi Bakal Tindak Iklan Loker': [Gambas:Video 20detik] ").text())
                .isEqualTo("Pemerintah menguasai 21 persen wilayah.");
        assertThat(clean("Harga naik, kata dia. Lihat Video 'Anak Direktur RS Ceritakan Israel Bunuh Ayahnya': [Gambas:Video 20detik]").text())
                .isEqualTo("Harga naik, kata dia.");
    }

    @Test
    void theFewWordsLeadingFromAPromoToItsMarkerGoWithIt() {
        assertThat(clean("Pers ini mitra negara, sambungnya. Tonton juga \"Ketua Dewan Pers: Biarkan Media Bekerja!\" di sini: [Gambas:Video 20detik]").text())
                .isEqualTo("Pers ini mitra negara, sambungnya.");
    }

    @Test
    void aRelatedLinkThatEndsATextIsOneHeadlineWhateverItsWords() {
        assertThat(clean("Rekam jejaknya panjang di dunia kepelatihan. Pilihan Editor: Tekanan kepada Para Penggugat Uji Formil UU TNI").text())
                .isEqualTo("Rekam jejaknya panjang di dunia kepelatihan.");
        assertThat(clean("Harga turun lagi, katanya. Pilihan Editor:&nbsp;Dari GBHN ke PPHN: Seberapa Penting Haluan Negara?").text())
                .isEqualTo("Harga turun lagi, katanya.");
    }

    @Test
    void aLastSentenceAfterARelatedLinkIsNotTakenForItsHeadline() {
        assertThat(clean("Harga naik. Baca juga: Harga Cabai Naik Lagi Menurut data BPS, harga gabah turun.").text())
                .isEqualTo("Harga naik. Menurut data BPS, harga gabah turun.");
    }

    @Test
    void separatorsBracketsAndQuotesThatHeldOnlyAPieceGoWithIt() {
        assertThat(clean("Harga cabai naik lagi pekan ini. | Baca juga: Banjir Rendam Bekasi | Warga mengungsi ke masjid.").text())
                .isEqualTo("Harga cabai naik lagi pekan ini. Warga mengungsi ke masjid.");
        assertThat(clean("Harga cabai naik lagi pekan ini. – Baca juga: Banjir Rendam Bekasi").text())
                .isEqualTo("Harga cabai naik lagi pekan ini.");
        assertThat(clean("Harga cabai naik lagi pekan ini (ADVERTISEMENT) dan warga mengeluh.").text())
                .isEqualTo("Harga cabai naik lagi pekan ini dan warga mengeluh.");
    }

    @Test
    void punctuationAfterACutClosesTheTextBeforeIt() {
        assertThat(clean("Korban selamat sebanyak 28 orang ADVERTISEMENT, kata petugas di lokasi kejadian.").text())
                .isEqualTo("Korban selamat sebanyak 28 orang, kata petugas di lokasi kejadian.");
        assertThat(clean("\"Kami belum tahu [Gambas:Video CNN],\" kata dia kepada wartawan di lokasi.").text())
                .isEqualTo("\"Kami belum tahu,\" kata dia kepada wartawan di lokasi.");
    }

    @Test
    void aColonOfTheTextBeforeACutStays() {
        assertThat(clean("Berikut riwayat karier pelatihannya: Pilihan Editor: Tekanan kepada Para Penggugat").text())
                .isEqualTo("Berikut riwayat karier pelatihannya:");
    }
}
