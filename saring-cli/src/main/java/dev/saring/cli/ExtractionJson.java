package dev.saring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saring.extract.MainContentExtractor;
import dev.saring.model.Block;
import dev.saring.model.Document;
import dev.saring.model.Outcome;

/**
 * The JSON form of one extracted page, as {@code saring extract --json} prints it: {@code url},
 * {@code title}, {@code date}, {@code author}, {@code lang_hint}, {@code canonical_url}, {@code page_type}
 * and {@code page_type_evidence} (what the type was recognised from), {@code text},
 * {@code blocks} ({@code role}, {@code text}, {@code kept}, {@code reason}), and {@code dropped} (the
 * reason) when the page gave no content. Absent facts are {@code null}.
 *
 * <pre>{@code
 * String json = ExtractionJson.of(MainContentExtractor.defaults().apply(doc));
 * }</pre>
 */
final class ExtractionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    static String of(Outcome outcome) {
        Document d = outcome.document();
        ObjectNode o = JSON.createObjectNode();
        o.put("url", d.url().orElse(null));
        o.put("title", d.title().orElse(null));
        for (String key : new String[] {"date", "author", "lang_hint", "canonical_url", MainContentExtractor.PAGE_TYPE_META}) {
            o.put(key, d.meta().string(key).orElse(null));
        }
        ArrayNode evidence = o.putArray(MainContentExtractor.PAGE_TYPE_EVIDENCE_META);
        d.meta().get(MainContentExtractor.PAGE_TYPE_EVIDENCE_META).ifPresent(v -> {
            if (v instanceof Iterable<?> list) list.forEach(x -> evidence.add(String.valueOf(x)));
        });
        if (outcome instanceof Outcome.Dropped dropped) o.put("dropped", dropped.reason());
        o.put("text", d.text());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : d.blocks()) {
            ObjectNode j = blocks.addObject();
            j.put("role", b.role().label());
            j.put("text", b.text());
            j.put("kept", b.isKept());
            j.put("reason", b.isKept() ? null : b.decision().reason());
        }
        return o.toString();
    }
}
