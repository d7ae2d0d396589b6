package dev.saring.lang;

/** Short texts written for these tests. */
final class Fixtures {

    static final String INDONESIAN = "Pemerintah kota Bandung akan memperbaiki jalan yang rusak di beberapa kecamatan mulai "
            + "bulan depan. Menurut kepala dinas pekerjaan umum, anggaran untuk perbaikan tersebut sudah disetujui oleh "
            + "dewan. Warga berharap pekerjaan itu selesai sebelum musim hujan tiba, karena banyak kendaraan yang "
            + "mengalami kerusakan akibat lubang di jalan. Selain itu, pemerintah juga akan menambah lampu penerangan "
            + "di sejumlah ruas jalan yang selama ini gelap pada malam hari.";

    static final String MALAY = "Kerajaan negeri akan membaiki jalan raya yang rosak di beberapa daerah mulai bulan "
            + "hadapan. Menurut pengarah jabatan kerja raya, peruntukan bagi kerja-kerja pembaikan itu telah "
            + "diluluskan. Penduduk berharap kerja tersebut dapat disiapkan sebelum musim tengkujuh kerana banyak "
            + "kenderaan mengalami kerosakan akibat lubang di jalan. Selain itu, kerajaan juga akan menambah lampu "
            + "jalan di beberapa kawasan yang gelap pada waktu malam, sahaja untuk keselesaan pengguna.";

    static final String ENGLISH = "The city council will repair damaged roads in several districts starting next "
            + "month. According to the head of the public works office, the budget for the repairs has already been "
            + "approved. Residents hope the work will be finished before the rainy season, because many vehicles "
            + "have been damaged by potholes. The council will also add street lights on roads that are dark at night.";

    private Fixtures() {
    }
}
