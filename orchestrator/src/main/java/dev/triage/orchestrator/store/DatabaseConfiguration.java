package dev.triage.orchestrator.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
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

    @Bean(destroyMethod = "close")
    @Lazy
    EmbeddedPostgresServer embeddedPostgres() {
        return EmbeddedPostgresServer.start();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        if (properties.getUrl() != null) {
            return properties
                    .initializeDataSourceBuilder()
                    .type(HikariDataSource.class)
                    .build();
        }
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(embedded.getObject().jdbcUrl())
                .username(EmbeddedPostgresServer.USER)
                .build();
    }
}
