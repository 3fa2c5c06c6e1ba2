package dev.triage.mcp.hosting.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundsTest {

    private static final String LOG =
            IntStream.rangeClosed(1, 5312).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

    @Test
    void lastLinesKeepsTheEndAndSaysHowMuchWasCut() {
        Cut<String> cut = Bounds.lastLines(LOG, 200);

        assertThat(cut.kept()).startsWith("line 5113\n").endsWith("line 5312");
        assertThat(cut.note("pass tail_lines to see more"))
                .isEqualTo("[truncated: showing 200 of 5,312 lines; pass tail_lines to see more]");
    }

    @Test
    void textWithinTheBoundIsKeptWholeWithNoNote() {
        Cut<String> cut = Bounds.firstLines("a\nb", 10);

        assertThat(cut.kept()).isEqualTo("a\nb");
        assertThat(cut.truncated()).isFalse();
        assertThat(cut.note("anything")).isEmpty();
    }

    @Test
    void lastBytesStartsOnAWholeLine() {
        Cut<String> cut = Bounds.lastBytes("first line\nsecond line\nthird", 15);

        assertThat(cut.kept()).isEqualTo("third");
        assertThat(cut.total()).isEqualTo(28);
    }

    @Test
    void firstBytesNeverSplitsACharacter() {
        Cut<String> cut = Bounds.firstBytes("ééé", 3);

        assertThat(cut.kept()).isEqualTo("é");
        assertThat(cut.shown()).isEqualTo(2);
        assertThat(cut.total()).isEqualTo(6);
    }

    @Test
    void firstItemsCountsTheItemsLeftOut() {
        Cut<List<Integer>> cut = Bounds.firstItems(List.of(1, 2, 3, 4), 3);

        assertThat(cut.kept()).containsExactly(1, 2, 3);
        assertThat(cut.note("pass limit")).isEqualTo("[truncated: showing 3 of 4 items; pass limit]");
    }
}
