package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is asking and for which investigation: arguments that end up in the ledger and its audit trail, so they are
 * bounded and printable before they are stored.
 */
final class CallerArguments {

    static final String INVESTIGATION_ID = "investigation_id";
    static final String EXECUTED_BY = "executed_by";

    private static final Pattern INVESTIGATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final int MAX_PERSON_CHARS = 200;

    private CallerArguments() {}

    static Optional<String> investigationId(ToolArguments args) {
        Optional<String> id = args.optionalString(INVESTIGATION_ID);
        if (id.isPresent() && !INVESTIGATION.matcher(id.get()).matches()) {
            throw new InvalidArgumentException(
                    INVESTIGATION_ID,
                    "must be an investigation id (letters, digits, '.', '_', ':' or '-', at most 128)");
        }
        return id;
    }

    static Optional<String> executedBy(ToolArguments args) {
        Optional<String> person = args.optionalString(EXECUTED_BY);
        if (person.isPresent()
                && (person.get().length() > MAX_PERSON_CHARS
                        || person.get().codePoints().anyMatch(Character::isISOControl))) {
            throw new InvalidArgumentException(
                    EXECUTED_BY, "must be a person's id of at most " + MAX_PERSON_CHARS + " printable characters");
        }
        return person;
    }
}
