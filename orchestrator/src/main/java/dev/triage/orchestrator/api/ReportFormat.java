package dev.triage.orchestrator.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * How {@code GET /api/v1/investigations/{id}} answers: the JSON report, or the text the CLI prints. {@code ?format=}
 * wins over {@code Accept}, so a browser or a plain {@code curl} can ask for text; JSON is the default.
 */
enum ReportFormat {
    JSON,
    TEXT;

    static ReportFormat choose(String format, List<MediaType> accepted) {
        if (format != null) {
            return switch (format.strip()) {
                case "json" -> JSON;
                case "text" -> TEXT;
                default -> throw Problems.badRequest("format must be json or text");
            };
        }
        List<MediaType> byPreference = new ArrayList<>(accepted);
        // Spring's MediaType ranks a higher quality first, then the more specific type.
        MimeTypeUtils.sortBySpecificity(byPreference);
        for (MediaType type : byPreference) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return JSON;
            }
            if (type.isCompatibleWith(MediaType.TEXT_PLAIN) && !type.isWildcardType()) {
                return TEXT;
            }
        }
        return JSON;
    }
}
