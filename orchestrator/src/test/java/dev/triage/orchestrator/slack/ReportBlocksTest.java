package dev.triage.orchestrator.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.triage.mcp.runbook.ledger.ApprovalRecord.DecisionRecord;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The report as Block Kit: read back through the SDK's own model, as Slack would receive it. */
class ReportBlocksTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();
    // For reading what the JSON says: Gson's default escapes <, > and = as \u003c and the like.
    private static final Gson READABLE = GSON.newBuilder().disableHtmlEscaping().create();
    private static final ProposalState PENDING = new ProposalState(
            "PENDING", null, List.of("set the memory limit; containers[cart].resources.limits.memory: 256Mi → 384Mi"));

    private final ReportBlocks renderer = new ReportBlocks(Optional.of(URI.create("https://triage.example.com/")));

    @Test
    void theReportLeadsWithTheVerdictThenShowsTheCauseItsChainItsEvidenceAndTheRunbookWithButtons() {
        List<LayoutBlock> blocks = roundTrip(renderer.render(Reports.cart(), Map.of(Reports.PROPOSAL, PENDING)));

        assertThat(blocks.getFirst()).isInstanceOfSatisfying(HeaderBlock.class, header -> assertThat(
                        header.getText().getText())
                .isEqualTo("🔴 OOM_KILLED on Deployment/shop/cart"));
        String sections = sectionText(blocks);
        assertThat(sections)
                .contains("*Root cause 1: OOM_KILLED*", "cart is OOMKilled at its 256Mi limit")
                .contains("↳ which causes *APPLICATION_ERROR* on `Deployment/shop/checkout`")
                .contains("> java.lang.OutOfMemoryError: Java heap space", "_— log: log shop/cart-1/cart (previous)_")
                .contains("*raise-memory-limit* on `Deployment/shop/cart`", "256Mi → 384Mi");
        assertThat(buttons(blocks))
                .extracting(ButtonElement::getActionId)
                .containsExactly(Buttons.APPROVE, Buttons.DENY, Buttons.HELPFUL, Buttons.WRONG, Buttons.OPEN);
        assertThat(buttons(blocks).getFirst().getValue()).isEqualTo(Reports.ID + " " + Reports.PROPOSAL);
        assertThat(buttons(blocks).getLast().getUrl())
                .isEqualTo("https://triage.example.com/investigations/" + Reports.ID);
    }

    @Test
    void textFromLogsIsEscapedSoItCannotMentionOrLinkAnything() {
        var report = Reports.report(
                List.of(Reports.OOM, Reports.CHECKOUT_ERRORS),
                List.of(Reports.OOM.id()),
                List.of(),
                "ping <!channel> & <@U1>");

        String sections = sectionText(roundTrip(renderer.render(report, Map.of())));

        assertThat(sections)
                .contains("cart &lt;http://cart:8080&gt;", "ping &lt;!channel&gt; &amp; &lt;@U1&gt;")
                .doesNotContain("<http://cart:8080>", "<!channel>", "<@U1>");
    }

    @Test
    void anApprovedProposalShowsWhoApprovedWhenAndWhyAndOffersExecuteInsteadOfApprove() {
        Instant at = Instant.parse("2026-11-21T10:03:00Z");
        ProposalState approved = new ProposalState(
                "APPROVED",
                new DecisionRecord(
                        "0a1b2c3d",
                        "GRANTED",
                        "slack:U0APPROVER",
                        at,
                        "cart OOMs",
                        at.plusSeconds(900),
                        null,
                        null,
                        null,
                        null),
                PENDING.plan());

        List<LayoutBlock> blocks = roundTrip(renderer.render(Reports.cart(), Map.of(Reports.PROPOSAL, approved)));

        assertThat(READABLE.toJson(blocks))
                .contains("Approved by <@U0APPROVER> <!date^" + at.getEpochSecond(), "cart OOMs");
        assertThat(buttons(blocks))
                .extracting(ButtonElement::getActionId)
                .startsWith(Buttons.EXECUTE)
                .doesNotContain(Buttons.APPROVE);
    }

    @Test
    void aDeniedProposalHasNoButtonsLeft() {
        ProposalState denied = new ProposalState(
                "DENIED",
                new DecisionRecord(
                        "0a1b2c3d",
                        "DENIED",
                        "slack:U0APPROVER",
                        Instant.EPOCH,
                        "not now",
                        null,
                        null,
                        null,
                        null,
                        null),
                List.of());

        List<LayoutBlock> blocks = roundTrip(renderer.render(Reports.cart(), Map.of(Reports.PROPOSAL, denied)));

        assertThat(buttons(blocks))
                .extracting(ButtonElement::getActionId)
                .containsExactly(Buttons.HELPFUL, Buttons.WRONG, Buttons.OPEN);
        assertThat(READABLE.toJson(blocks)).contains("Denied by <@U0APPROVER>", "not now");
    }

    @Test
    void aHugeReportStaysWithinFiftyBlocksAndSaysWhatWasLeftOut() {
        List<Finding> findings = new ArrayList<>();
        List<Remediation> remediations = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            ResourceRef ref = new ResourceRef("Deployment", "shop", "app-" + i);
            findings.add(new Finding(
                    Finding.idFor(Category.CRASH_LOOP, ref),
                    "Deployment",
                    "shop",
                    "app-" + i,
                    ref,
                    Category.CRASH_LOOP,
                    "app-" + i + " crash-loops",
                    List.of(
                            Evidence.event("e1", "Back-off restarting"), Evidence.event("e2", "x"),
                            Evidence.event("e3", "y"), Evidence.event("e4", "z")),
                    Severity.HIGH,
                    List.of(),
                    null));
            remediations.add(new Remediation(
                    "restart-deployment",
                    ref,
                    Map.of(),
                    "low",
                    true,
                    "PROPOSED",
                    findings.getLast().id(),
                    "restart",
                    "rp-" + "%032x".formatted(i)));
        });
        var report = Reports.report(findings, findings.stream().map(Finding::id).toList(), remediations, "many things");

        List<LayoutBlock> blocks = roundTrip(renderer.render(report, Map.of()));

        assertThat(blocks).hasSizeLessThanOrEqualTo(50);
        assertThat(READABLE.toJson(blocks))
                .contains(
                        "Not shown here (Slack's message limits):",
                        "root causes",
                        "proposed runbooks",
                        "evidence lines",
                        "https://triage.example.com/investigations/" + Reports.ID);
    }

    @Test
    void aLongSummaryIsCutToThreeThousandCharactersSayingSo() {
        var report = Reports.report(List.of(), List.of(), List.of(), "word ".repeat(2000));

        List<LayoutBlock> blocks = roundTrip(renderer.render(report, Map.of()));

        assertThat(blocks).filteredOn(SectionBlock.class::isInstance).allSatisfy(b -> assertThat(
                        ((SectionBlock) b).getText().getText())
                .hasSizeLessThanOrEqualTo(3000));
        assertThat(sectionText(blocks)).contains("10,000 characters, cut here");
        assertThat(READABLE.toJson(blocks)).contains("1 text cut short");
        assertThat(((HeaderBlock) blocks.getFirst()).getText().getText()).isEqualTo("✅ Nothing wrong found");
    }

    @Test
    void withoutAUiAddressThereIsNoLinkButton() {
        List<LayoutBlock> blocks = roundTrip(new ReportBlocks(Optional.empty()).render(Reports.cart(), Map.of()));

        assertThat(buttons(blocks)).extracting(ButtonElement::getActionId).doesNotContain(Buttons.OPEN);
    }

    /** The blocks as JSON and back through the SDK's Gson: what Slack would parse. */
    static List<LayoutBlock> roundTrip(ReportBlocks.Message message) {
        assertThat(message.text()).startsWith("Triage: ");
        String json = GSON.toJson(message.blocks());
        return GSON.fromJson(json, new TypeToken<List<LayoutBlock>>() {}.getType());
    }

    static String sectionText(List<LayoutBlock> blocks) {
        return String.join(
                "\n",
                blocks.stream()
                        .filter(SectionBlock.class::isInstance)
                        .map(b -> ((SectionBlock) b).getText().getText())
                        .toList());
    }

    static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        return blocks.stream()
                .filter(ActionsBlock.class::isInstance)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .filter(ButtonElement.class::isInstance)
                .map(ButtonElement.class::cast)
                .toList();
    }
}
