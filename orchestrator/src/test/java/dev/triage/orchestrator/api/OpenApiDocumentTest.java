package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.orchestrator.TriageApplication;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The published OpenAPI document describes exactly what the controllers serve: every path, every method. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointOfTheApiIsInTheDocumentWithItsMethods() {
        ServiceClient client = new ServiceClient(port);
        JsonNode document = client.json(client.get("/v3/api-docs"));

        Map<String, Set<String>> mapped = mappedByControllers();
        Map<String, Set<String>> documented = new TreeMap<>();
        document.get("paths")
                .properties()
                .forEach(path -> documented.put(
                        path.getKey(), new TreeSet<>(path.getValue().propertyNames())));

        assertThat(document.get("openapi").stringValue()).startsWith("3.");
        assertThat(mapped).containsKeys("/api/v1/investigations", "/api/v1/investigations/{id}/events");
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void reportIsDocumentedAsJsonAndAsText() {
        ServiceClient client = new ServiceClient(port);
        JsonNode get = client.json(client.get("/v3/api-docs"))
                .get("paths")
                .get("/api/v1/investigations/{id}")
                .get("get");

        assertThat(get.get("responses").get("200").get("content").propertyNames())
                .contains("application/json", "text/plain");
    }

    private Map<String, Set<String>> mappedByControllers() {
        Map<String, Set<String>> mapped = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("dev.triage.orchestrator")
                    && !handler.getBeanType().isAnnotationPresent(Hidden.class)) {
                for (String path : info.getPatternValues()) {
                    mapped.computeIfAbsent(path, p -> new TreeSet<>()).addAll(methods(info));
                }
            }
        });
        return mapped;
    }

    private static Set<String> methods(RequestMappingInfo info) {
        Set<String> methods = new TreeSet<>();
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
            methods.add(method.name().toLowerCase(Locale.ROOT));
        }
        return methods;
    }
}
