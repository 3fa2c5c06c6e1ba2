package dev.triage.agents.routing;

import java.time.Duration;

/** Validation shared by the settings records; messages name the setting so a bad property is easy to find. */
final class Checks {

    private Checks() {}

    static Duration positive(String name, Duration value, Duration fallback) {
        Duration duration = value == null ? fallback : value;
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
        return duration;
    }

    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required when the tier is enabled");
        }
        return value;
    }
}
