package dev.triage.agents.trail;

/**
 * What an investigation is about, as every agent sees it.
 *
 * @param question the question asked, or the alert's title
 * @param namespace the namespace to look in; {@code null} for the whole cluster
 * @param alertText the alert's body when an alert started it; untrusted, {@code null} otherwise
 */
public record Inquiry(String question, String namespace, String alertText) {

    public Inquiry {
        question = question == null ? "" : question;
    }
}
