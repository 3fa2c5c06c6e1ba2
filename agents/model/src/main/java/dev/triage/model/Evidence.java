package dev.triage.model;

import java.util.Objects;

/**
 * One quoted fact behind a finding.
 *
 * @param source where the quote comes from
 * @param ref the exact place: a field path ({@code status.containerStatuses[app].lastState.terminated.reason}), an
 *     event ({@code Event Warning BackOff on Pod shop/cart-7d9f-x2x}), a log ({@code log shop/cart-7d9f-x2x/app
 *     (previous)}) or a metric series
 * @param quote the text exactly as the source gives it
 */
public record Evidence(Source source, String ref, String quote) {

    public enum Source {
        STATUS,
        SPEC,
        EVENT,
        LOG,
        METRIC
    }

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(quote, "quote");
    }

    public static Evidence status(String ref, String quote) {
        return new Evidence(Source.STATUS, ref, quote);
    }

    public static Evidence spec(String ref, String quote) {
        return new Evidence(Source.SPEC, ref, quote);
    }

    public static Evidence event(String ref, String quote) {
        return new Evidence(Source.EVENT, ref, quote);
    }

    public static Evidence log(String ref, String quote) {
        return new Evidence(Source.LOG, ref, quote);
    }

    public static Evidence metric(String ref, String quote) {
        return new Evidence(Source.METRIC, ref, quote);
    }
}
