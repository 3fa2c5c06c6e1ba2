package dev.triage.security.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * How a bearer token is checked, wherever one arrives (the API, an MCP server): signature by the issuer's keys,
 * issuer, expiry and not-before, and the client it was issued to.
 */
public final class TokenChecks {

    /** Clocks of the issuer and this host may drift a little; tokens live an hour, so a minute is small. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenChecks() {}

    /**
     * Lazy, as Spring Boot's own: the discovery document and keys are fetched on the first token, so the application
     * starts while the issuer is briefly unreachable, and the keys are cached and refreshed by Nimbus.
     *
     * @param jwkSetUri the signing keys' JWK set, to use instead of OIDC discovery; null to discover them
     */
    public static JwtDecoder decoder(URI issuerUri, URI jwkSetUri, List<String> clientIds) {
        return new SupplierJwtDecoder(() -> build(issuerUri, jwkSetUri, clientIds));
    }

    private static JwtDecoder build(URI issuerUri, URI jwkSetUri, List<String> clientIds) {
        String issuer = issuerUri.toString();
        NimbusJwtDecoder decoder = jwkSetUri == null
                ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                : NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW), new JwtIssuerValidator(issuer), new AllowedClients(clientIds)));
        return decoder;
    }
}
