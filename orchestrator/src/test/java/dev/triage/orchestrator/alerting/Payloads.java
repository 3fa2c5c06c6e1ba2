package dev.triage.orchestrator.alerting;

/** Webhook bodies as the real senders write them (Alertmanager 0.25's version 4, PagerDuty's V3 events). */
final class Payloads {

    private Payloads() {}

    /** One alert of an Alertmanager group; {@code status} firing or resolved. */
    static String alert(String status, String fingerprint, String startsAt, String labels, String annotations) {
        return """
                {"status": "%s", "labels": {%s}, "annotations": {%s}, "startsAt": "%s",
                 "endsAt": "%s", "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%s"}""".formatted(
                        status,
                        labels,
                        annotations,
                        startsAt,
                        status.equals("firing") ? "0001-01-01T00:00:00Z" : "2026-12-03T07:30:00Z",
                        fingerprint);
    }

    static String group(String status, String... alerts) {
        return """
                {"receiver": "triage", "status": "%s", "alerts": [%s], "groupLabels": {"alertname": "KubePodCrashLooping"},
                 "commonLabels": {}, "commonAnnotations": {}, "externalURL": "http://alertmanager:9093",
                 "version": "4", "groupKey": "{}:{alertname=\\"KubePodCrashLooping\\"}", "truncatedAlerts": 0}""".formatted(status, String.join(",", alerts));
    }

    static String crashLooping(String status, String fingerprint, String pod) {
        return alert(
                status,
                fingerprint,
                "2026-12-03T07:00:00Z",
                "\"alertname\": \"KubePodCrashLooping\", \"namespace\": \"shop\", \"pod\": \"%s\", \"severity\": \"critical\""
                        .formatted(pod),
                "\"summary\": \"Pod shop/%s is crash looping\", \"description\": \"restarts, token=abc123secret\""
                        .formatted(pod));
    }

    static String pagerDuty(String eventType, String incidentId) {
        return """
                {"event": {"id": "01DEN4HPBQ4MZ1TZ5NOVKGQFHA", "event_type": "%s", "resource_type": "incident",
                 "occurred_at": "2026-12-03T07:00:00.000Z", "agent": null, "client": null,
                 "data": {"id": "%s", "type": "incident", "self": "https://api.pagerduty.com/incidents/%s",
                  "html_url": "https://acme.pagerduty.com/incidents/%s", "number": 42, "status": "triggered",
                  "incident_key": "d3640fbd41094207a1c11e58e46b1662", "created_at": "2026-12-03T07:00:00Z",
                  "title": "Checkout pods crash looping in shop", "urgency": "high",
                  "service": {"id": "PF9KMXH", "summary": "checkout", "type": "service_reference"},
                  "priority": {"id": "P53ZZH5", "summary": "P2", "type": "priority_reference"}}}}""".formatted(eventType, incidentId, incidentId, incidentId);
    }
}
