package dev.saring.model;

import java.util.Objects;

/**
 * Keep or drop, and why. A kept block has no reason; a dropped one names the step that dropped it and a
 * short machine-readable reason such as {@code phrase:baca-juga}.
 *
 * <pre>{@code
 * Decision d = Decision.drop("clean", "headline-list");
 * d.kept();        // false
 * d.toString();    // "drop clean:headline-list"
 * }</pre>
 */
public record Decision(boolean kept, String step, String reason) {

    private static final Decision KEEP = new Decision(true, "", "");

    public Decision {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        if (!kept && (step.isEmpty() || reason.isEmpty())) {
            throw new IllegalArgumentException("a drop needs a step and a reason");
        }
    }

    public static Decision keep() {
        return KEEP;
    }

    public static Decision drop(String step, String reason) {
        return new Decision(false, step, reason);
    }

    @Override
    public String toString() {
        return kept ? "keep" : "drop " + step + ":" + reason;
    }
}
