package dev.saring.pipeline;

import java.util.Objects;

/**
 * A run's {@link Accounting} does not balance: documents were lost (or counted twice) between reading and
 * writing. That is a bug in saring, not in the input, so the run fails loudly: {@code stats.json} is written
 * with the account, {@code _SUCCESS} is not, and the work folder is kept for a look.
 */
public final class AccountingException extends IllegalStateException {

    private final transient Accounting accounting;

    public AccountingException(Accounting accounting) {
        super("the run's account does not balance, so documents were lost: " + String.join("; ", accounting.mismatches())
                + " (a bug: please report it with stats.json)");
        this.accounting = Objects.requireNonNull(accounting, "accounting");
    }

    public Accounting accounting() {
        return accounting;
    }
}
