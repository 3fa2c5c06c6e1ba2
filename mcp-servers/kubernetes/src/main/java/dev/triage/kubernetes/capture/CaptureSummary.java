package dev.triage.kubernetes.capture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a capture wrote.
 *
 * @param directory the snapshot directory
 * @param objectsPerKind objects written, by kind
 * @param logs container log files written
 * @param bytes bytes written in all
 * @param warnings what could not be captured (also in capture-errors.txt); the capture went on without it
 */
public record CaptureSummary(
        Path directory, Map<String, Integer> objectsPerKind, int logs, long bytes, List<String> warnings) {

    public CaptureSummary {
        objectsPerKind = Map.copyOf(objectsPerKind);
        warnings = List.copyOf(warnings);
    }

    public int objects() {
        return objectsPerKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "captured " + objects() + " objects " + new TreeMap<>(objectsPerKind) + ", " + logs + " logs, " + bytes
                + " bytes into " + directory + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings");
    }
}
