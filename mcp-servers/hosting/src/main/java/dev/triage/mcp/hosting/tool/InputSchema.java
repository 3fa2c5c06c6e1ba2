package dev.triage.mcp.hosting.tool;

import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON schema of a tool's arguments: an object of named, typed properties. Unknown arguments are rejected so a
 * model that guesses a parameter name learns the right one from the error.
 *
 * <p>String arguments may carry an {@link ArgumentRule} (a namespace is a DNS-1123 label...), checked before the
 * handler runs and published in the schema. An argument whose name says it names something in a cluster
 * ({@link KubernetesNames#namesAClusterObject}) must carry one: a tool that forgets is refused at start-up.
 */
public record InputSchema(Map<String, Object> properties, List<String> required, Map<String, ArgumentRule> rules) {

    public InputSchema {
        rules = Map.copyOf(rules);
        properties = constrained(properties, rules);
        required = List.copyOf(required);
    }

    public InputSchema(Map<String, Object> properties, List<String> required) {
        this(properties, required, Map.of());
    }

    /** The first argument that breaks its rule, as {@code argument 'x' must be ..., got "..."}; checked as received. */
    public Optional<String> problemWith(Map<String, Object> arguments) {
        for (var entry : rules.entrySet()) {
            if (!arguments.containsKey(entry.getKey())) {
                continue;
            }
            Optional<String> problem = arguments.get(entry.getKey()) instanceof String value
                    ? entry.getValue().problem(value)
                    : Optional.of("must be " + entry.getValue().rule() + ", got "
                            + (arguments.get(entry.getKey()) == null ? "null" : "a value that is not a string"));
            if (problem.isPresent()) {
                return Optional.of("argument '" + entry.getKey() + "' " + problem.get());
            }
        }
        return Optional.empty();
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

    private static Map<String, Object> constrained(Map<String, Object> properties, Map<String, ArgumentRule> rules) {
        Map<String, Object> constrained = new LinkedHashMap<>(properties);
        rules.forEach((name, rule) -> {
            if (!(properties.get(name) instanceof Map<?, ?> property) || !"string".equals(property.get("type"))) {
                throw new IllegalArgumentException("a rule for '" + name + "', which is not a string argument");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) property;
            constrained.put(name, rule.constrain(typed));
        });
        properties.forEach((name, property) -> {
            if (KubernetesNames.namesAClusterObject(name)
                    && property instanceof Map<?, ?> map
                    && "string".equals(map.get("type"))
                    && !rules.containsKey(name)) {
                throw new IllegalArgumentException("argument '" + name + "' names something in a cluster and needs an "
                        + "ArgumentRule (KubernetesNames has the API's rules)");
            }
        });
        return Map.copyOf(constrained);
    }

    public static final class Builder {
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private final Map<String, ArgumentRule> rules = new LinkedHashMap<>();

        public Builder requiredString(String name, String description) {
            required.add(name);
            return string(name, description);
        }

        public Builder string(String name, String description) {
            return property(name, Map.of("type", "string", "minLength", 1, "description", description));
        }

        /** A required string argument that must keep {@code rule}, e.g. {@link KubernetesNames#NAMESPACE}. */
        public Builder requiredString(String name, String description, ArgumentRule rule) {
            rules.put(name, rule);
            return requiredString(name, description);
        }

        /** An optional string argument that must keep {@code rule} when given. */
        public Builder string(String name, String description, ArgumentRule rule) {
            rules.put(name, rule);
            return string(name, description);
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
            return new InputSchema(properties, required, rules);
        }

        private Builder property(String name, Map<String, Object> schema) {
            if (properties.putIfAbsent(name, schema) != null) {
                throw new IllegalArgumentException("duplicate argument " + name);
            }
            return this;
        }
    }
}
