package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Object-valued arguments ({@code params}, {@code labels}), which the hosting's schema builder does not offer: flat
 * objects of scalar values, bounded in size, so nothing nested or unbounded reaches a tool.
 */
final class ObjectArguments {

    static final int MAX_ENTRIES = 16;

    private ObjectArguments() {}

    /** {@code schema} with one more optional property: an object of scalars of the given JSON types. */
    static InputSchema withObject(InputSchema schema, String name, String description, List<String> valueTypes) {
        Map<String, Object> properties = new LinkedHashMap<>(schema.properties());
        properties.put(
                name,
                Map.of(
                        "type",
                        "object",
                        "description",
                        description,
                        "maxProperties",
                        MAX_ENTRIES,
                        "additionalProperties",
                        Map.of("type", valueTypes)));
        return new InputSchema(properties, schema.required(), schema.rules());
    }

    /** The object argument, empty when absent. */
    static Map<String, Object> object(ToolArguments args, String name) {
        Object value = args.invocation().arguments().get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map) || map.size() > MAX_ENTRIES) {
            throw new InvalidArgumentException(name, "must be an object of at most " + MAX_ENTRIES + " entries");
        }
        Map<String, Object> entries = new HashMap<>();
        map.forEach((key, entry) -> entries.put(String.valueOf(key), entry));
        return entries;
    }
}
