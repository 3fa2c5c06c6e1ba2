package dev.triage.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, the renderer users apply with ({@code kubectl apply -k}).
 * The binary is {@code $KUBECTL} or {@code kubectl} on the PATH; {@code .ci/run} installs one when it is missing.
 */
final class Kustomize {

    private Kustomize() {}

    static String render(Path kustomization) {
        List<String> command = List.of(kubectl(), "kustomize", kustomization.toString());
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + errors.join());
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(
                    "cannot run " + command.getFirst() + " (install kubectl >= 1.27, or set KUBECTL; .ci/run does)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted rendering " + kustomization, e);
        }
    }

    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        return configured == null || configured.isBlank() ? "kubectl" : configured;
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isKustomization(Path dir) {
        return Files.isRegularFile(dir.resolve("kustomization.yaml"));
    }
}
