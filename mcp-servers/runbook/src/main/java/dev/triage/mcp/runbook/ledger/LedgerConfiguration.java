package dev.triage.mcp.runbook.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The runbook server's ledger on {@code spring.datasource.url}/{@code username}/{@code password}, or on an embedded
 * PostgreSQL when no URL is set. No {@code DataSource} bean is exposed, so nothing else in an application that
 * embeds this server (Boot's Flyway or JDBC auto-configuration) acts on the ledger's database. None at all with
 * {@code triage.runbook-ledger=none} ({@link LedgerKept}).
 */
@Configuration(proxyBeanMethods = false)
@LedgerKept
class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    @Bean(destroyMethod = "close")
    LedgerDatabase ledgerDatabase(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            log.info("Runbook ledger: no spring.datasource.url, starting an embedded PostgreSQL");
            return LedgerDatabase.embedded();
        }
        log.info("Runbook ledger on {}", url.replaceAll("\\?.*", ""));
        return LedgerDatabase.external(
                url,
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    @Bean
    RunbookLedger runbookLedger(LedgerDatabase database) {
        return RunbookLedger.open(database.dataSource());
    }
}
