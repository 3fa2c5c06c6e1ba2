package dev.triage.mcp.runbook.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * On what exists only with a ledger: {@code triage.runbook-ledger} is {@code database} (the default) or unset. With
 * {@code none} (the one-shot CLI, whose process ends before anyone could approve) the server proposes without
 * recording, and serves neither execute_runbook, get_execution nor create_incident.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = LedgerKept.PROPERTY, havingValue = "database", matchIfMissing = true)
public @interface LedgerKept {

    String PROPERTY = "triage.runbook-ledger";
}
