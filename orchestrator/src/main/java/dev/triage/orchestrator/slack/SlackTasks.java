package dev.triage.orchestrator.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done after Slack has had its answer (it wants one within 3 seconds): posting, updating, running a runbook.
 * One virtual thread each; a failure is logged, and the person who asked has already been answered.
 */
final class SlackTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackTasks.class);

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("slack-", 1).factory());

    void execute(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A Slack task failed", e);
            }
        });
    }

    /** Lets what was started finish: a run in progress reports its end to its thread. */
    @Override
    public void close() {
        executor.close();
    }
}
