package dev.triage.mcp.runbook.library;

import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.policy.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the library once at start-up; a broken file stops the start with a message naming file and field. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunbookProperties.class)
class LibraryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LibraryConfiguration.class);

    @Bean
    RunbookLibrary runbookLibrary(RunbookProperties properties) {
        LibraryFiles files =
                properties.directory().map(LibraryFiles::fromDirectory).orElseGet(LibraryFiles::fromClasspath);
        RunbookLibrary library = RunbookLibrary.load(files);
        log.info(
                "Runbook library from {}: {} runbooks, {} guides, policies {}",
                properties.directory().map(Object::toString).orElse("the classpath"),
                library.catalog().runbooks().size(),
                library.catalog().guides().size(),
                library.policies().names());
        return library;
    }

    @Bean
    RunbookCatalog runbookCatalog(RunbookLibrary library) {
        return library.catalog();
    }

    @Bean
    Policies runbookPolicies(RunbookLibrary library) {
        return library.policies();
    }
}
