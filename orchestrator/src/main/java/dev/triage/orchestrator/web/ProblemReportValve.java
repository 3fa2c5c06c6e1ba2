package dev.triage.orchestrator.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a request it refuses before the application sees it: an encoded slash in the path, a
 * request line or headers too long) as RFC 9457 problem details, like every other error of the API, instead of
 * Tomcat's HTML page. Nothing from the request is echoed.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem(status)));
                writer.flush();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response takes no body: the status line is all there is.
        }
    }

    static Map<String, Object> problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail(status));
        return problem;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 ->
                "the request could not be read: an encoded slash or backslash in the path is refused, and so is a URL "
                        + "or headers beyond 8 KB";
            case 414 -> "the URL is too long";
            case 431 -> "the request headers are too large";
            default -> "the server could not answer this request";
        };
    }
}
