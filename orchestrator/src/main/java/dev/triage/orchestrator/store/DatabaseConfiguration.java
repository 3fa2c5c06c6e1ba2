package dev.triage.orchestrator.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The store's database: the PostgreSQL named by the standard {@code spring.datasource.*} properties when
 * {@code spring.datasource.url} is set, else an embedded PostgreSQL started for this process. Boot's own DataSource
 * auto-configuration is off (application.yaml) because the embedded MCP servers run as Spring applications on this
 * classpath and would each try to configure one; this configuration does its job for the service alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataSourceProperties.class)
class DatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    static final String EMBEDDED = "embeddedPostgres";
    static final String DATA_SOURCE = "dataSource";

    /** Where the embedded PostgreSQL keeps its data unless {@code triage.data-dir} says otherwise. */
    static final String DEFAULT_DATA_DIR = "${user.home}/.triage/data";

    /**
     * The embedded default's database, its data in {@code triage.data-dir} (default {@value #DEFAULT_DATA_DIR}) so
     * that history and queued alerts survive a restart; an empty {@code triage.data-dir} means a throwaway directory,
     * removed when the service stops (the tests').
     */
    @Bean(name = EMBEDDED, destroyMethod = "close")
    @Lazy
    EmbeddedPostgresServer embeddedPostgres(Environment environment) {
        String dataDir = environment.resolvePlaceholders(environment.getProperty("triage.data-dir", DEFAULT_DATA_DIR));
        if (dataDir.isBlank()) {
            return EmbeddedPostgresServer.start();
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(dataDir.strip()));
        LOG.info("Embedded PostgreSQL keeps its data in {} (triage.data-dir)", server.home());
        return server;
    }

    @Bean(name = DATA_SOURCE)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            DataSourceProperties properties,
            ObjectProvider<EmbeddedPostgresServer> embedded,
            ConfigurableListableBeanFactory beans) {
        if (properties.getUrl() != null) {
            return properties
                    .initializeDataSourceBuilder()
                    .type(HikariDataSource.class)
                    .build();
        }
        String url = embedded.getObject().jdbcUrl();
        // Said out loud so the server is stopped after the pool and all that uses it, never under them.
        beans.registerDependentBean(EMBEDDED, DATA_SOURCE);
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url)
                .username(EmbeddedPostgresServer.USER)
                .build();
    }
}
