package dev.triage.orchestrator.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message's blocks within Block Kit's limits: at most 50 blocks, and section texts of at most 3,000 characters.
 * Blocks past the limit are counted, not sent, and what was left out is said at the end, so a reader knows the
 * message is not the whole report. The footer's blocks are kept back from the start.
 */
final class BlockBudget {

    static final int MAX_BLOCKS = 50;

    private final int available;
    private final List<LayoutBlock> blocks = new ArrayList<>();
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();
    private int cutTexts;
    private int pendingCuts;

    /** @param reserved blocks kept for the footer (the note of what was cut is one of them) */
    BlockBudget(int reserved) {
        this.available = MAX_BLOCKS - reserved;
    }

    /**
     * Adds all of {@code group} or, when it does not fit, none of it, counting one {@code what} left out (nothing
     * for a {@code what} of null: a heading, say, whose content is counted on its own).
     */
    boolean add(String what, List<LayoutBlock> group) {
        int cuts = pendingCuts;
        pendingCuts = 0;
        if (blocks.size() + group.size() > available) {
            if (what != null) {
                leftOut.merge(what, 1, Integer::sum);
            }
            return false;
        }
        blocks.addAll(group);
        cutTexts += cuts;
        return true;
    }

    /** A mrkdwn section of {@code text}, cut to the limit when longer (counted once its group is added). */
    LayoutBlock section(String blockId, String text) {
        SlackText.Cut cut = SlackText.cut(text, SlackText.SECTION_CHARS);
        if (cut.wasCut()) {
            pendingCuts++;
        }
        return Blocks.section(s -> {
            s.text(markdownText(cut.text()));
            return blockId == null ? s : s.blockId(blockId);
        });
    }

    /** Counts {@code count} more of {@code what} that were not even tried (such as evidence beyond a finding's few). */
    void leftOut(String what, int count) {
        if (count > 0) {
            leftOut.merge(what, count, Integer::sum);
        }
    }

    boolean anythingCut() {
        return cutTexts > 0 || !leftOut.isEmpty();
    }

    /** What this message does not show, in words; empty when it shows everything. */
    String cutNote() {
        List<String> parts = new ArrayList<>();
        leftOut.forEach((what, count) -> parts.add(count + " " + what));
        if (cutTexts > 0) {
            parts.add(cutTexts + (cutTexts == 1 ? " text cut short" : " texts cut short"));
        }
        return parts.isEmpty() ? "" : "Not shown here (Slack's message limits): " + String.join(", ", parts) + ".";
    }

    /** The blocks so far followed by {@code footer}. */
    List<LayoutBlock> with(List<LayoutBlock> footer) {
        List<LayoutBlock> all = new ArrayList<>(blocks);
        all.addAll(footer);
        if (all.size() > MAX_BLOCKS) {
            throw new IllegalStateException("the footer is larger than the blocks reserved for it");
        }
        return List.copyOf(all);
    }
}
