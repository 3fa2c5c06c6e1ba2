package dev.triage.mcp.eks.resources;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** A summary line of {@code key=value} fields; absent values are left out rather than printed as null. */
final class Fields {

    private final StringJoiner line = new StringJoiner(" ");

    static Fields of() {
        return new Fields();
    }

    Fields add(String key, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            line.add(key + "=" + value);
        }
        return this;
    }

    /** {@code ready=1/3}; left out when the desired count is unknown. */
    Fields ratio(String key, Integer actual, Integer desired) {
        return desired == null ? this : add(key, (actual == null ? 0 : actual) + "/" + desired);
    }

    /** Conditions as {@code Type=Status(Reason)}, the way a person scans them. */
    <C> Fields conditions(
            List<C> conditions, Function<C, String> type, Function<C, String> status, Function<C, String> reason) {
        if (conditions == null || conditions.isEmpty()) {
            return this;
        }
        StringJoiner all = new StringJoiner(",");
        for (C condition : conditions) {
            String why = reason.apply(condition);
            all.add(type.apply(condition) + "=" + status.apply(condition) + (why == null ? "" : "(" + why + ")"));
        }
        return add("conditions", all.toString());
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
