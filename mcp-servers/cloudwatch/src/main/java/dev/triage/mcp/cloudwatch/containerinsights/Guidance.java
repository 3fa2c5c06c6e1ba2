package dev.triage.mcp.cloudwatch.containerinsights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Container Insights reference shipped as guidance/container-insights.md: one section per resource type. */
final class Guidance {

    static final String RESOURCE = "/guidance/container-insights.md";

    private final String preface;
    private final Map<String, String> sections;

    private Guidance(String preface, Map<String, String> sections) {
        this.preface = preface;
        this.sections = sections;
    }

    static Guidance load() {
        try (InputStream in = Guidance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Guidance parse(String text) {
        String[] parts = text.split("(?m)^## ");
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int newline = parts[i].indexOf('\n');
            sections.put(parts[i].substring(0, newline).strip(), "## " + parts[i].strip());
        }
        return new Guidance(parts[0].strip(), sections);
    }

    /** The preface, the traps, and the section of one resource type (all of them when {@code type} is "all"). */
    String forType(String type) {
        if (type.equals("all")) {
            return preface + "\n\n" + String.join("\n\n", sections.values());
        }
        return preface + "\n\n" + sections.get("traps") + "\n\n" + sections.get(type);
    }

    boolean hasType(String type) {
        return type.equals("all") || (sections.containsKey(type) && !type.equals("traps"));
    }

    Iterable<String> types() {
        return sections.keySet().stream().filter(name -> !name.equals("traps")).toList();
    }
}
