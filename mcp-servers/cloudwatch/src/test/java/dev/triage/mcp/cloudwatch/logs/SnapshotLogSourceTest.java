package dev.triage.mcp.cloudwatch.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotLogSourceTest {

    static final String GROUP = "/aws/containerinsights/test/application";
    static final Instant CAPTURED = Instant.parse("2026-11-21T09:42:00Z");

    @TempDir
    Path root;

    SnapshotLogSource source;

    @BeforeEach
    void logs() throws IOException {
        write("logs/shop/cart-1/cart.previous.log", """
                2026-11-21T09:30:00Z INFO start
                2026-11-21T09:31:00Z ERROR OutOfMemoryError: Java heap space
                \tat com.shop.Cart.load
                """);
        write("logs/shop/search-1/search.log", """
                {"ts":"2026-11-21T09:35:00.000Z","level":"info","msg":"request","duration_ms":2431}
                {"ts":"2026-11-21T09:36:00.000Z","level":"info","msg":"request","duration_ms":95}
                """);
        source = new SnapshotLogSource(root, "test", CAPTURED);
    }

    @Test
    void eachContainerLogIsAStreamAndThePreviousInstanceIsMarked() {
        LogEvents events = source.filterLogEvents(filter(Optional.empty(), Optional.empty()));

        assertThat(events.events())
                .extracting(LogEvents.Event::stream)
                .containsOnly("cart-1_shop_cart-previous", "search-1_shop_search");
    }

    @Test
    void linesWithoutATimeTakeThePreviousLinesTime() {
        LogEvents events = source.filterLogEvents(filter(Optional.of("cart"), Optional.of("com.shop")));

        assertThat(events.events()).singleElement().satisfies(event -> {
            assertThat(event.at()).isEqualTo(Instant.parse("2026-11-21T09:31:00Z"));
            assertThat(event.message()).contains("at com.shop.Cart.load");
        });
    }

    @Test
    void termsPhrasesAlternativesAndExclusionsFilterLikeCloudWatch() {
        assertThat(messages("ERROR \"heap space\""))
                .containsExactly("2026-11-21T09:31:00Z ERROR OutOfMemoryError: Java heap space");
        assertThat(messages("?2431 ?start")).hasSize(2);
        assertThat(messages("duration_ms -2431")).singleElement().asString().contains("\"duration_ms\":95");
    }

    @Test
    void theTimeRangeAndTheLimitBoundTheAnswer() {
        var filter = new EventFilter(
                GROUP, Optional.empty(), Optional.empty(), Instant.parse("2026-11-21T09:31:00Z"), CAPTURED, 2);

        LogEvents events = source.filterLogEvents(filter);

        assertThat(events.events()).hasSize(2);
        assertThat(events.more()).isTrue();
        assertThat(events.events().getFirst().at()).isEqualTo(Instant.parse("2026-11-21T09:31:00Z"));
    }

    @Test
    void jsonPatternsAndOtherLogGroupsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> messages("{ $.duration_ms > 2000 }"))
                .isInstanceOf(LogQueryException.class)
                .hasMessageContaining("only CloudWatch Logs evaluates");
        assertThatThrownBy(() -> source.filterLogEvents(new EventFilter(
                        "/aws/eks/test/cluster", Optional.empty(), Optional.empty(), Instant.EPOCH, CAPTURED, 10)))
                .isInstanceOf(LogQueryException.class)
                .hasMessageContaining(GROUP);
        assertThat(source.insightsUnavailable()).get().asString().contains("filter_log_events");
    }

    private List<String> messages(String pattern) {
        return source.filterLogEvents(filter(Optional.empty(), Optional.of(pattern))).events().stream()
                .map(LogEvents.Event::message)
                .toList();
    }

    private static EventFilter filter(Optional<String> prefix, Optional<String> pattern) {
        return new EventFilter(GROUP, prefix, pattern, Instant.parse("2026-11-21T09:00:00Z"), CAPTURED, 100);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
