package dev.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A report changed by one of its withers keeps every field it was not asked to change: guides and trace too. */
class InvestigationReportCopiesTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-12-03T09:01:00Z");

    private final InvestigationReport traced = InvestigationReport.started(
                    "id-1", "diagnose unhealthy pods", "demo-eks", "shop", STARTED)
            .withTrace("0af7651916cd43dd8448eb211c80319c", "https://langfuse.example/trace/0af7");
    private final InvestigationReport report = new InvestigationReport(
            traced.id(),
            InvestigationStatus.COMPLETED,
            traced.question(),
            traced.cluster(),
            traced.namespace(),
            List.of(),
            List.of(),
            List.of("oom_killed/Deployment/shop/cart"),
            List.of(),
            "1 root cause",
            List.of(),
            List.of(),
            List.of("a note"),
            STARTED,
            ENDED,
            List.of(new GuideCitation("oom.md", "OOMKilled", Category.values()[0], List.of("f1"))),
            traced.traceId(),
            traced.traceUrl());

    @Test
    void everyWitherKeepsTheGuidesAndTheTrace() {
        List<UnaryOperator<InvestigationReport>> withers = List.of(
                r -> r.withStatus(InvestigationStatus.FAILED),
                r -> r.withNote("the alert resolved"),
                r -> r.endedAs(InvestigationStatus.FAILED, ENDED.plusSeconds(5)),
                r -> r.withProgress(r.route(), r.findings(), r.models(), r.toolCalls()));

        for (UnaryOperator<InvestigationReport> wither : withers) {
            InvestigationReport changed = wither.apply(report);
            assertThat(changed.guides()).isEqualTo(report.guides());
            assertThat(changed.traceId()).isEqualTo(report.traceId());
            assertThat(changed.traceUrl()).isEqualTo(report.traceUrl());
            assertThat(changed.rootCauses()).isEqualTo(report.rootCauses());
            assertThat(changed.summary()).isEqualTo(report.summary());
        }
    }

    @Test
    void aNoteIsAddedAfterTheOthersAndAnEndSetsStatusAndTime() {
        assertThat(report.withNote("the alert resolved").notes()).containsExactly("a note", "the alert resolved");
        InvestigationReport ended = report.endedAs(InvestigationStatus.FAILED, ENDED.plusSeconds(5));
        assertThat(ended.status()).isEqualTo(InvestigationStatus.FAILED);
        assertThat(ended.finishedAt()).isEqualTo(ENDED.plusSeconds(5));
        assertThat(ended.startedAt()).isEqualTo(STARTED);
    }
}
