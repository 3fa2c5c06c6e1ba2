package dev.triage.mcp.cloudwatch.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    static final Instant NOW = Instant.parse("2026-11-21T09:42:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void relativeTimesCountBackFromTheSourcesNow() {
        TimeWindow window = TimeWindow.parse(Optional.of("-90m"), Optional.empty(), Duration.ofHours(3), CLOCK);

        assertThat(window.start()).isEqualTo(Instant.parse("2026-11-21T08:12:00Z"));
        assertThat(window.end()).isEqualTo(NOW);
    }

    @Test
    void rfc3339WithAnOffsetAndNowAreAccepted() {
        TimeWindow window = TimeWindow.parse(
                Optional.of("2026-11-21T10:00:00+01:00"), Optional.of("now"), Duration.ofHours(3), CLOCK);

        assertThat(window.start()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
    }

    @Test
    void withoutAStartTheFallbackLengthEndsAtTheEnd() {
        TimeWindow window = TimeWindow.parse(Optional.empty(), Optional.of("-1d"), Duration.ofHours(3), CLOCK);

        assertThat(window.length()).isEqualTo(Duration.ofHours(3));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-11-20T09:42:00Z"));
    }

    @Test
    void anInvertedRangeNamesBothEnds() {
        assertThatThrownBy(() -> TimeWindow.parse(Optional.of("-1h"), Optional.of("-2h"), Duration.ZERO, CLOCK))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("start_time")
                .hasMessageContaining("must be before end_time");
    }

    @Test
    void textThatIsNoTimeSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> TimeWindow.parse(Optional.of("yesterday"), Optional.empty(), Duration.ZERO, CLOCK))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'yesterday'")
                .hasMessageContaining("-3h");
    }
}
