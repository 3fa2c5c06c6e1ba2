package dev.triage.orchestrator.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The store's database: the PostgreSQL named by the standard {@code spring.datasource.*} properties when
 * {@code spring.datasource.url} is set, else an embedded PostgreSQL started for this process. Boot's own DataSource
 * auto-configuration is off (application.yaml) because the embedded MCP servers run as Spring applications on this
 * classpath and would each try to configure one; this configuration does its job for the service alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataSourceProperties.class)
class DatabaseConfiguration {

    static final String EMBEDDED = "embeddedPostgres";
    static final String DATA_SOURCE = "dataSource";

    @Bean(name = EMBEDDED, destroyMethod = "close")
    @Lazy
    EmbeddedPostgresServer embeddedPostgres() {
        return EmbeddedPostgresServer.start();
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
