package dev.triage.agents.trail;

import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one investigation did, as it happens: tool calls, model calls, notes, and the tool results its agents saw
 * (the record grounding checks quotes against). Agents run in parallel and write here at once, so it is thread-safe.
 */
public final class Trail {

    private final Consumer<ToolCall> onTool;
    private final Consumer<ModelCall> onModel;
    private final List<ToolCall> toolCalls = new ArrayList<>();
    private final List<ModelCall> modelCalls = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder seen = new StringBuilder();

    public Trail(Consumer<ToolCall> onTool, Consumer<ModelCall> onModel) {
        this.onTool = onTool;
        this.onModel = onModel;
    }

    /** A trail nobody listens to. */
    public static Trail silent() {
        return new Trail(call -> {}, call -> {});
    }

    public void toolCalled(ToolCall call) {
        synchronized (this) {
            toolCalls.add(call);
        }
        onTool.accept(call);
    }

    public void modelCalled(ModelCall call) {
        synchronized (this) {
            modelCalls.add(call);
        }
        onModel.accept(call);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    /** Remembers a tool result the agents saw, so a model's quotes can be checked against it. */
    public synchronized void saw(String toolResult) {
        seen.append(toolResult).append('\n');
    }

    /** Whether {@code quote} appears in a tool result seen so far (as written, or as a JSON string holds it). */
    public synchronized boolean hasSeen(String quote) {
        return !quote.isBlank() && (seen.indexOf(quote) >= 0 || seen.indexOf(jsonEscaped(quote)) >= 0);
    }

    public synchronized List<ToolCall> toolCalls() {
        return List.copyOf(toolCalls);
    }

    public synchronized List<ModelCall> modelCalls() {
        return List.copyOf(modelCalls);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    private static String jsonEscaped(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("\t", "\\t");
    }
}
