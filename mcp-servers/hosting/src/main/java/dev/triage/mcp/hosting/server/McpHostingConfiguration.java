package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.McpAuthProperties;
import dev.triage.mcp.hosting.McpHostingProperties;
import dev.triage.mcp.hosting.McpServerDescription;
import dev.triage.mcp.hosting.http.BearerAuthFilter;
import dev.triage.mcp.hosting.http.McpHttpFilter;
import dev.triage.mcp.hosting.inbound.AllowedHosts;
import dev.triage.mcp.hosting.inbound.TokensChecked;
import dev.triage.mcp.hosting.tool.ToolClass;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.security.jwt.TokenChecks;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson3.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** The MCP endpoint: the SDK's stateless servlet transport at {@value #ENDPOINT}, serving every tool group bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(McpHostingProperties.class)
public class McpHostingConfiguration {

    public static final String ENDPOINT = "/mcp";

    /** The SDK's own mapper, apart from Spring MVC's, so application JSON settings cannot change the protocol. */
    @Bean
    McpJsonMapper mcpJsonMapper() {
        return new JacksonMcpJsonMapper(JsonMapper.builder().build());
    }

    @Bean
    HttpServletStatelessServerTransport mcpTransport(
            McpJsonMapper jsonMapper, McpHostingProperties properties, Environment environment) {
        return HttpServletStatelessServerTransport.builder()
                .jsonMapper(jsonMapper)
                .messageEndpoint(ENDPOINT)
                .maxRequestSize((int) properties.maxRequestBytes().toBytes())
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedOrigins(properties.allowedOrigins())
                        .allowedHosts(
                                AllowedHosts.of(properties.allowedHosts(), environment.getProperty("server.address")))
                        .build())
                .build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(
            HttpServletStatelessServerTransport transport) {
        var registration = new ServletRegistrationBean<>(transport, ENDPOINT);
        registration.setName("mcp");
        return registration;
    }

    @Bean
    FilterRegistrationBean<McpHttpFilter> mcpHttpFilter(
            McpJsonMapper jsonMapper,
            McpHostingProperties properties,
            List<ToolGroup> toolGroups,
            HttpServletStatelessServerTransport transport) {
        Map<String, ToolClass> tools = ToolSpecifications.collect(toolGroups).stream()
                .collect(Collectors.toMap(ToolDefinition::name, ToolDefinition::toolClass));
        var filter = new McpHttpFilter(
                jsonMapper, (int) properties.maxRequestBytes().toBytes(), tools, transport.protocolVersions());
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(ENDPOINT);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** First on the endpoint when {@code triage.mcp.auth} is set: no token, no MCP. */
    @Bean
    @Conditional(TokensChecked.class)
    FilterRegistrationBean<BearerAuthFilter> mcpBearerAuthFilter(
            McpJsonMapper jsonMapper, McpHostingProperties properties) {
        McpAuthProperties auth = properties.auth();
        var filter = new BearerAuthFilter(
                TokenChecks.decoder(auth.issuerUri(), auth.jwkSetUri(), auth.clientIds()), jsonMapper);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(ENDPOINT);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean(destroyMethod = "close")
    McpStatelessSyncServer mcpServer(
            HttpServletStatelessServerTransport transport,
            McpJsonMapper jsonMapper,
            McpHostingProperties properties,
            McpServerDescription description,
            List<ToolGroup> toolGroups,
            ObjectProvider<UpstreamErrors> upstreamErrors) {
        var validator = new DefaultJsonSchemaValidator(JsonMapper.builder().build());
        List<ToolDefinition> tools = ToolSpecifications.collect(toolGroups);
        var specifications = new ToolSpecifications(
                ToolPolicy.from(properties),
                validator,
                upstreamErrors.getIfAvailable(UpstreamErrors::messages),
                new OutcomeResults((int) properties.maxOutputBytes().toBytes()));
        return McpServer.sync(transport)
                .serverInfo(description.name(), description.version())
                .instructions(description.instructions())
                .capabilities(
                        McpSchema.ServerCapabilities.builder().tools(false).build())
                .jsonMapper(jsonMapper)
                .jsonSchemaValidator(validator)
                // ToolCall validates, so the error names the call; the SDK's check would answer first without it.
                .validateToolInputs(false)
                // Tools run on the request's thread: the servlet pool bounds the work and thread-bound trace
                // context reaches the tool.
                .immediateExecution(true)
                .requestTimeout(properties.requestTimeout())
                .addToolFilter(specifications.listFilter(tools))
                .tools(specifications.of(tools))
                .build();
    }
}
