package dev.triage.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** What a Cognito access token grants, and whom it names. */
class TokenAuthenticationTest {

    @Test
    void bareAndResourceServerPrefixedScopesGrantTheSameAuthority() {
        Jwt token = token("openid https://triage.example.com/agents/invoke tools/read aws.cognito.signin.user.admin");

        assertThat(authorities(token)).containsExactlyInAnyOrder("SCOPE_agents/invoke", "SCOPE_tools/read");
    }

    @Test
    void scopesThatOnlyResembleOursGrantNothing() {
        Jwt token = token("tools/readwrite agents/invoker https://x/mytools/execute");

        assertThat(authorities(token)).isEmpty();
    }

    @Test
    void aScopeListIsReadToo() {
        Jwt token = base().claim("scp", List.of("tools/execute")).build();

        assertThat(authorities(token)).containsExactly("SCOPE_tools/execute");
    }

    @Test
    void aPersonIsNamedByUsernameAndAMachineClientBySubject() {
        Jwt person = base().claim("username", "alice").build();
        Jwt machine = base().build();

        assertThat(new TokenAuthentication().convert(person).getName()).isEqualTo("alice");
        assertThat(new TokenAuthentication().convert(machine).getName()).isEqualTo("3f1c-sub");
    }

    private static List<String> authorities(Jwt token) {
        return new TokenAuthentication()
                .convert(token).getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList();
    }

    private static Jwt token(String scope) {
        return base().claim("scope", scope).build();
    }

    private static Jwt.Builder base() {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("3f1c-sub")
                .claim("client_id", "web")
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .expiresAt(Instant.parse("2026-01-01T01:00:00Z"));
    }
}
