package dev.triage.mcp.runbook.catalog;

import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the library's YAML into records, refusing unknown fields, and words parse errors by file and field. */
public final class YamlDocuments {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YamlDocuments() {}

    /** The document, or empty with the problem recorded. */
    public static <T> Optional<T> read(SourceFile file, String content, Class<T> type, Problems problems) {
        try {
            T document = YAML.readValue(content, type);
            if (document == null) {
                problems.add(file, "", "the file is empty");
            }
            return Optional.ofNullable(document);
        } catch (UnrecognizedPropertyException unknown) {
            problems.add(
                    file,
                    path(unknown),
                    "unknown field '" + unknown.getPropertyName() + "'; the fields are "
                            + unknown.getKnownPropertyIds());
        } catch (DatabindException wrongShape) {
            problems.add(file, path(wrongShape), wrongShape.getOriginalMessage());
        } catch (JacksonException notYaml) {
            problems.add(file, "", "not valid YAML: " + notYaml.getOriginalMessage());
        }
        return Optional.empty();
    }

    private static String path(DatabindException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
