package dev.triage.mcp.hosting.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema of a tool's arguments: an object of named, typed properties. Unknown arguments are rejected so a
 * model that guesses a parameter name learns the right one from the error.
 */
public record InputSchema(Map<String, Object> properties, List<String> required) {

    public InputSchema {
        properties = Map.copyOf(properties);
        required = List.copyOf(required);
    }

    public static InputSchema none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The schema as the MCP {@code inputSchema} object. */
    public Map<String, Object> toMap() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    public static final class Builder {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();

        public Builder requiredString(String name, String description) {
            required.add(name);
            return string(name, description);
        }

        public Builder string(String name, String description) {
            return property(name, Map.of("type", "string", "minLength", 1, "description", description));
        }

        public Builder integer(String name, String description, long minimum, long maximum) {
            return property(
                    name,
                    Map.of("type", "integer", "minimum", minimum, "maximum", maximum, "description", description));
        }

        public Builder bool(String name, String description) {
            return property(name, Map.of("type", "boolean", "description", description));
        }

        public InputSchema build() {
            return new InputSchema(properties, required);
        }

        private Builder property(String name, Map<String, Object> schema) {
            if (properties.putIfAbsent(name, schema) != null) {
                throw new IllegalArgumentException("duplicate argument " + name);
            }
            return this;
        }
    }
}
