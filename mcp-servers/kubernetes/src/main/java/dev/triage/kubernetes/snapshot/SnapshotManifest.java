package dev.triage.kubernetes.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The {@code snapshot.yaml} of a snapshot: which cluster, and when (the embedded clock reads this). */
public record SnapshotManifest(String cluster, Instant capturedAt) {

    private static final ObjectMapper YAML = new YAMLMapper();

    public SnapshotManifest {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }

    public static SnapshotManifest read(Path dir) {
        Path file = dir.resolve(SnapshotLayout.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException(file + ": missing; a snapshot needs snapshot.yaml with cluster and capturedAt");
        }
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SnapshotException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SnapshotException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return new SnapshotManifest(text(file, node, "cluster"), instant(file, text(file, node, "capturedAt")));
    }

    /** The file's content, as {@link #read} reads it back. */
    public String toYaml() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cluster", cluster);
        fields.put("capturedAt", capturedAt.toString());
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialize", e);
        }
    }

    private static String text(Path file, JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new SnapshotException(file + ": '" + field + "' is missing or empty");
        }
        return value.asText();
    }

    private static Instant instant(Path file, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new SnapshotException(file + ": capturedAt '" + text + "' is not an RFC 3339 time", e);
        }
    }
}
