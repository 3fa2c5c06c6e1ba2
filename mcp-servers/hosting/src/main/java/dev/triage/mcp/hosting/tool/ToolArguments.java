package dev.triage.mcp.hosting.tool;

import java.util.Optional;

/** Typed access to a call's arguments, and the outcomes of that call (so each carries the invocation). */
public record ToolArguments(Invocation invocation) {

    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> new InvalidArgumentException(name, "is required"));
    }

    public Optional<String> optionalString(String name) {
        Object value = invocation.arguments().get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new InvalidArgumentException(name, "must be a string, got " + value);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public Optional<Long> optionalLong(String name) {
        Object value = invocation.arguments().get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Optional.of(number.longValue());
        }
        throw new InvalidArgumentException(name, "must be an integer, got " + value);
    }

    /** An integer argument, or {@code fallback} when absent; within [1, max] (the schema says so too). */
    public int positiveInt(String name, int fallback, int max) {
        long value = optionalLong(name).orElse((long) fallback);
        if (value < 1 || value > max) {
            throw new InvalidArgumentException(name, "must be between 1 and " + max + ", got " + value);
        }
        return (int) value;
    }

    public boolean flag(String name) {
        Object value = invocation.arguments().get(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean bool)) {
            throw new InvalidArgumentException(name, "must be true or false, got " + value);
        }
        return bool;
    }

    public ToolOutcome ok(String content) {
        return new ToolOutcome.Ok(invocation, content);
    }

    public ToolOutcome noData(String reason) {
        return new ToolOutcome.NoData(invocation, reason);
    }

    public ToolOutcome failed(String upstreamError) {
        return new ToolOutcome.Failed(invocation, upstreamError);
    }
}
