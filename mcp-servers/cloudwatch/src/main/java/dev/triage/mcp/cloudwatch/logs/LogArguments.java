package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Log group names and query text from tool arguments, checked as CloudWatch Logs would check them. */
final class LogArguments {

    static final int MAX_GROUPS = 50;
    static final int MAX_QUERY_CHARS = 10_000;
    private static final Pattern GROUP = Pattern.compile("[.\\-_/#A-Za-z0-9]{1,512}");

    private LogArguments() {}

    static List<String> logGroups(ToolArguments args) {
        Object raw = args.invocation().arguments().get("log_group_names");
        if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > MAX_GROUPS) {
            throw new InvalidArgumentException(
                    "log_group_names", "must be an array of 1 to " + MAX_GROUPS + " log group names");
        }
        List<String> groups = new ArrayList<>();
        list.forEach(group -> groups.add(logGroup("log_group_names", group)));
        return groups;
    }

    static String logGroup(String argument, Object group) {
        if (!(group instanceof String name) || !GROUP.matcher(name).matches()) {
            throw new InvalidArgumentException(
                    argument, "must be a log group name such as /aws/containerinsights/prod/application, got " + group);
        }
        return name;
    }

    static String query(ToolArguments args) {
        String query = args.requiredString("query_string");
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidArgumentException(
                    "query_string", "must be at most " + MAX_QUERY_CHARS + " characters, got " + query.length());
        }
        return query;
    }

    static Map<String, Object> stringArray(String description, int maxItems) {
        return Map.of(
                "type",
                "array",
                "minItems",
                1,
                "maxItems",
                maxItems,
                "items",
                Map.of("type", "string", "minLength", 1),
                "description",
                description);
    }
}
