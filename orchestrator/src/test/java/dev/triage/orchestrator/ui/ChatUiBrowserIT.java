package dev.triage.orchestrator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chat UI in a real browser against the real jar as the README starts it (the embedded default): headless
 * Debian Chromium driven by playwright-core ({@code src/test/ui-check/flow.mjs}) asks "diagnose unhealthy pods",
 * sees the progress stream (each agent starting and finishing, tool calls, findings), the report with the demo's
 * planted root causes, approves and executes a runbook, reads the audit, the history and a deep link, and runs
 * axe-core on each view. Screenshots: target/ui-screenshots.
 */
class ChatUiBrowserIT {

    private final BrowserRun run = new BrowserRun();

    @Test
    void askWatchReadApproveExecuteAndBrowseHistoryInHeadlessChromium() throws Exception {
        BrowserRun.requireChromium();
        int port = BrowserRun.freePort();
        run.startService(port, "triage-ui-it", List.of());

        run.check("flow.mjs", List.of("http://127.0.0.1:" + port, run.screenshots.toString()));

        assertThat(List.of("report.png", "approval.png", "execution.png", "history.png"))
                .allSatisfy(name -> assertThat(run.screenshots.resolve(name)).isNotEmptyFile());
    }

    @AfterEach
    void stop() throws InterruptedException {
        run.close();
    }
}
