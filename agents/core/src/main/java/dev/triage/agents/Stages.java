package dev.triage.agents;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs one stage's agents at once and waits for all of them. */
final class Stages {

    private Stages() {}

    static void runTogether(ExecutorService executor, List<Runnable> agents) {
        List<Future<?>> running =
                agents.stream().<Future<?>>map(executor::submit).toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while agents ran", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
