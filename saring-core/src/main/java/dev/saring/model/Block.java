package dev.saring.model;

import java.util.Objects;

/**
 * One block (HTML) or line (extracted text) of a document, with its role and whether it is kept.
 *
 * <pre>{@code
 * Block b = Block.kept(Role.BODY, "Moskow tidak akan mengakui Taliban.");
 * Block d = b.withDecision(Decision.drop("clean", "phrase:baca-juga"));
 * }</pre>
 */
public record Block(Role role, String text, Decision decision) {

    public Block {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(decision, "decision");
    }

    public static Block kept(Role role, String text) {
        return new Block(role, text, Decision.keep());
    }

    public boolean isKept() {
        return decision.kept();
    }

    public Block withDecision(Decision d) {
        return new Block(role, text, d);
    }

    public Block withRole(Role r) {
        return new Block(r, text, decision);
    }
}
