package dev.triage.agents.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The controller an object's {@code metadata.ownerReferences} names, read from the YAML {@code get_resource}
 * returns. Read by lines, not parsed: the server bounds its answer, and the metadata comes first, so a cut answer
 * still carries the owner.
 */
final class Controllers {

    private static final String KEY = "ownerReferences:";

    private Controllers() {}

    /** The owner marked {@code controller: true}, else the only owner; empty when there is none. */
    static Optional<Owner> of(String yaml) {
        List<String> lines = yaml.lines().toList();
        int start = -1;
        int indent = 0;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).strip().equals(KEY) && indentOf(lines.get(i)) > 0) {
                start = i + 1;
                indent = indentOf(lines.get(i));
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<Owner> owners = new ArrayList<>();
        Owner current = null;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            String text = line.strip();
            boolean item = text.startsWith("- ");
            if (text.isEmpty() || (indentOf(line) < indent) || (indentOf(line) == indent && !item)) {
                break;
            }
            if (item) {
                current = new Owner(null, null, false);
                owners.add(current);
                text = text.substring(2).strip();
            }
            if (current != null) {
                current = withField(current, text);
                owners.set(owners.size() - 1, current);
            }
        }
        List<Owner> complete = owners.stream()
                .filter(o -> o.kind() != null && o.name() != null)
                .toList();
        return complete.stream()
                .filter(Owner::controller)
                .findFirst()
                .or(() -> complete.size() == 1 ? Optional.of(complete.getFirst()) : Optional.empty());
    }

    private static Owner withField(Owner owner, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return owner;
        }
        String key = text.substring(0, colon).strip();
        String value = unquote(text.substring(colon + 1).strip());
        return switch (key) {
            case "kind" -> new Owner(value, owner.name(), owner.controller());
            case "name" -> new Owner(owner.kind(), value, owner.controller());
            case "controller" -> new Owner(owner.kind(), owner.name(), value.equals("true"));
            default -> owner;
        };
    }

    private static String unquote(String value) {
        return value.length() >= 2
                        && (value.startsWith("\"") && value.endsWith("\"")
                                || value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    record Owner(String kind, String name, boolean controller) {}
}
