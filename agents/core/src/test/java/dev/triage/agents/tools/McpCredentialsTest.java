package dev.triage.agents.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.security.testing.LocalIssuer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The agents' token for MCP servers that check tokens: a client-credentials grant, reused until near its expiry. */
class McpCredentialsTest {

    private static final LocalIssuer ISSUER = LocalIssuer.start();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Test
    void noCredentialsSendNoHeader() {
        assertThat(McpCredentials.none().get()).isEmpty();
    }

    @Test
    void aStaticTokenIsSentAsABearerToken() {
        assertThat(McpCredentials.bearer("abc").get()).containsEntry("Authorization", "Bearer abc");
    }

    @Test
    void aGrantedTokenIsReusedUntilAMinuteBeforeItExpires() {
        var clock = new MovableClock();
        var grant = new McpCredentials.ClientCredentials(
                URI.create(ISSUER.tokenUri()),
                LocalIssuer.CLIENT_ID,
                LocalIssuer.CLIENT_SECRET,
                List.of("tools/read", "tools/execute"),
                TIMEOUT,
                clock,
                "triage.agents.auth");
        int before = ISSUER.grants();

        String first = grant.get();
        assertThat(grant.get()).isEqualTo(first);
        assertThat(ISSUER.grants() - before).isEqualTo(1);

        clock.now = clock.now.plus(Duration.ofHours(1)).minus(McpCredentials.EARLY);
        grant.get();
        assertThat(ISSUER.grants() - before).isEqualTo(2);
    }

    @Test
    void theGrantedTokenCarriesTheScopesAskedFor() {
        var credentials = McpCredentials.clientCredentials(
                URI.create(ISSUER.tokenUri()),
                LocalIssuer.CLIENT_ID,
                LocalIssuer.CLIENT_SECRET,
                List.of("tools/read"),
                TIMEOUT,
                "triage.agents.auth");

        String header = credentials.get().get("Authorization");
        assertThat(header).startsWith("Bearer ");
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(header.substring(7).split("\\.")[1]));
        assertThat(payload).contains("\"scope\":\"tools/read\"").contains(LocalIssuer.CLIENT_ID);
    }

    @Test
    void aRefusedGrantNamesTheEndpointAndTheOAuthErrorButNotTheSecret() {
        var credentials = McpCredentials.clientCredentials(
                URI.create(ISSUER.tokenUri()),
                LocalIssuer.CLIENT_ID,
                "wrong-secret-value",
                List.of(),
                TIMEOUT,
                "triage.clusters.prod.eks.oauth");

        assertThatThrownBy(credentials::get)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ISSUER.tokenUri())
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_client")
                .hasMessageContaining("check triage.clusters.prod.eks.oauth")
                .hasMessageNotContaining("wrong-secret-value");
    }

    @Test
    void anUnreachableEndpointIsAnErrorNotAHang() {
        var credentials = McpCredentials.clientCredentials(
                URI.create("http://127.0.0.1:1/oauth2/token"),
                "id",
                "secret",
                List.of(),
                TIMEOUT,
                "triage.agents.auth");

        assertThatThrownBy(credentials::get).hasMessageContaining("did not answer");
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
