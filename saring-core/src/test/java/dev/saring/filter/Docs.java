package dev.saring.filter;

import dev.saring.model.Document;
import dev.saring.model.LanguageGuess;
import dev.saring.model.Outcome;
import dev.saring.model.Source;
import dev.saring.pipeline.Step;

/** Small documents written for these tests. */
final class Docs {

    /** Seventy-odd words of plain English prose, five sentences on five lines. */
    static final String ENGLISH = String.join("\n",
            "The river that runs through the old town has been cleaned with great care by the people who live there.",
            "Children now swim in it during the summer, and the fish have come back to the shallow water near the bridge.",
            "Local shops say that more visitors have arrived since the work began two years ago.",
            "The council wants to plant trees along both banks of the river to keep the water cool.",
            "Everyone agrees that the town looks better than it has for many years.");

    /** About the same in Indonesian. */
    static final String INDONESIAN = String.join("\n",
            "Sungai yang mengalir di kota tua itu telah dibersihkan dengan hati-hati oleh warga yang tinggal di sana.",
            "Anak-anak kini berenang di sungai pada musim kemarau, dan ikan telah kembali ke air dangkal dekat jembatan.",
            "Para pedagang mengatakan bahwa lebih banyak pengunjung datang sejak pekerjaan dimulai dua tahun lalu.",
            "Pemerintah kota ingin menanam pohon di sepanjang tepi sungai untuk menjaga air tetap sejuk.",
            "Semua orang setuju bahwa kota itu terlihat lebih baik daripada bertahun-tahun sebelumnya.");

    private Docs() {
    }

    static Document doc(String text) {
        return Document.ofText("d", Source.atOffset("t.txt", 0, 0, 0), text);
    }

    static Document doc(String text, String lang) {
        return doc(text).withLang(new LanguageGuess(lang, 0.9, "und", 0.1));
    }

    /** The reason a step dropped the document for, or "kept". */
    static String verdict(Step step, Document d) {
        Outcome o = step.apply(d);
        if (o instanceof Outcome.Dropped dropped) {
            if (!dropped.step().equals(step.name())) throw new AssertionError("dropped under " + dropped.step());
            return dropped.reason();
        }
        return "kept";
    }
}
