package dev.triage.orchestrator.ui;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The chat UI's one page: the ask box and live progress at {@code /}, a report at {@code /investigations/{id}} (the
 * deep link Slack messages carry), past investigations at {@code /history}. The page is static; its modules and
 * styles are under {@code /ui/} and talk only to the API.
 */
// The page is no API: it stays out of the OpenAPI document.
@Hidden
@Controller
class UiPages {

    private static final Resource PAGE = new ClassPathResource("ui/index.html");

    @GetMapping({"/", "/history", "/investigations/{id}"})
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(PAGE);
    }
}
