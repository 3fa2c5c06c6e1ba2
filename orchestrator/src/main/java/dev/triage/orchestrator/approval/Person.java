package dev.triage.orchestrator.approval;

/**
 * Who decides or runs: a token's subject, {@code local-operator} on the unauthenticated loopback default, or a chat
 * user (such as {@code slack:U0123}). The ledger's audit trail names them.
 */
public record Person(String id) {

    /** Who acts while the API has no authentication: it is bound to loopback, so someone on this machine. */
    public static final Person LOCAL_OPERATOR = new Person("local-operator");

    private static final int MAX_CHARS = 200;

    public Person {
        if (id == null
                || id.isBlank()
                || id.length() > MAX_CHARS
                || id.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a person's id is 1 to " + MAX_CHARS + " printable characters");
        }
    }
}
