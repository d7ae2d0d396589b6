package dev.saring.clean;

import dev.saring.model.Block;
import dev.saring.model.Decision;
import dev.saring.model.Document;
import dev.saring.model.Outcome;
import dev.saring.model.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one line cleaner on one document: the lines (or the blocks an extractor made), and
 * for each a role, a decision and possibly an edited text. All line cleaners build their output here, so
 * that they split and rebuild documents the same way: one block per input line, in order, then one dropped
 * block per piece cut out of a kept line (so that the rejects stream keeps it: nothing is lost silently);
 * kept text joined with {@code '\n'} by {@link Document#withBlocks}.
 *
 * <p>In block mode (the document came with blocks) blocks that an earlier step dropped stay dropped
 * ({@linkplain #locked locked}); their text still counts as context.
 */
final class LinePage {

    final Document doc;
    final int size;
    final String[] text;
    final Role[] role;
    final Decision[] decision;
    final boolean[] locked;
    final boolean blockMode;
    private final List<Block> cutPieces = new ArrayList<>();

    private LinePage(Document doc, List<String> lines, List<Block> blocks) {
        this.doc = doc;
        this.blockMode = blocks != null;
        this.size = blockMode ? blocks.size() : lines.size();
        this.text = new String[size];
        this.role = new Role[size];
        this.decision = new Decision[size];
        this.locked = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (blockMode) {
                Block b = blocks.get(i);
                text[i] = b.text();
                role[i] = b.role();
                decision[i] = b.decision();
                locked[i] = !b.isKept();
            } else {
                text[i] = lines.get(i);
                role[i] = Role.BODY;
                decision[i] = Decision.keep();
            }
        }
    }

    /** The lines of the document's text, or its blocks when it has some. */
    static LinePage of(Document doc) {
        return doc.blocks().isEmpty() ? new LinePage(doc, Lines.split(doc.text()), null) : new LinePage(doc, null, doc.blocks());
    }

    /** Whether a line cleaner has nothing to do with the document: raw HTML, or no text and no blocks. */
    static boolean nothingToClean(Document doc) {
        return doc.isRaw() || (doc.text().isEmpty() && doc.blocks().isEmpty());
    }

    /** A rule that judges one line on its own (C4's, RefinedWeb's); it may edit the line it keeps. */
    interface LineRule {
        /** Why line {@code i} goes, or null to keep it. */
        String dropReason(LinePage page, int i);

        /** The role a line dropped for {@code reason} gets. */
        default Role roleOf(String reason) {
            return Role.BOILERPLATE;
        }
    }

    /** Applies {@code rule} to every line of {@code doc} that no earlier step dropped. */
    static Outcome applyToEachLine(Document doc, String step, LineRule rule) {
        if (nothingToClean(doc)) return Outcome.keep(doc);
        LinePage page = of(doc);
        for (int i = 0; i < page.size; i++) {
            if (page.locked[i]) continue;
            String reason = rule.dropReason(page, i);
            if (reason != null) page.drop(i, rule.roleOf(reason), step, reason);
        }
        return Outcome.keep(page.finish());
    }

    boolean isKept(int i) {
        return decision[i].kept();
    }

    /** Drops line {@code i} unless an earlier step already did. */
    void drop(int i, Role r, String step, String reason) {
        if (locked[i]) return;
        role[i] = r;
        decision[i] = Decision.drop(step, reason);
    }

    /** Keeps line {@code i} (unless an earlier step dropped it) with this role. */
    void keep(int i, Role r) {
        if (locked[i]) return;
        role[i] = r;
        decision[i] = Decision.keep();
    }

    void setRole(int i, Role r) {
        if (!locked[i]) role[i] = r;
    }

    void edit(int i, String newText) {
        if (!locked[i]) text[i] = newText;
    }

    /** Records a piece cut out of line {@code i} by an {@link #edit}: it follows the line blocks, dropped. */
    void cut(int i, String piece, Role r, String step, String reason) {
        if (!locked[i]) cutPieces.add(new Block(r, piece, Decision.drop(step, reason)));
    }

    List<Block> blocks() {
        var out = new ArrayList<Block>(size + cutPieces.size());
        for (int i = 0; i < size; i++) out.add(new Block(role[i], text[i], decision[i]));
        out.addAll(cutPieces);
        return out;
    }

    /** The document with these lines as blocks. */
    Document finish() {
        return doc.withBlocks(blocks());
    }
}
