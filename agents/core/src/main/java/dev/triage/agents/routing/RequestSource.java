package dev.triage.agents.routing;

/** Where the investigation was asked for; a pager alert may deserve a stronger model than a chat question. */
public enum RequestSource {
    API,
    CLI,
    UI,
    SLACK,
    ALERTMANAGER,
    PAGERDUTY,
    WEBHOOK
}
