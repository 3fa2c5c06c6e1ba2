package dev.triage.orchestrator.security;

import java.time.Duration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** Checks a bearer token: signature by the issuer's keys, issuer, expiry and not-before, and the client. */
final class TokenDecoder {

    /** Clocks of the issuer and this host may drift a little; tokens live an hour, so a minute is small. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenDecoder() {}

    /**
     * Lazy, as Spring Boot's own: the discovery document and keys are fetched on the first request, so the service
     * starts while the issuer is briefly unreachable, and the keys are cached and refreshed by Nimbus.
     */
    static JwtDecoder of(AuthProperties auth) {
        return new SupplierJwtDecoder(() -> build(auth));
    }

    private static JwtDecoder build(AuthProperties auth) {
        String issuer = auth.issuerUri().toString();
        NimbusJwtDecoder decoder = auth.jwkSetUri() == null
                ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                : NimbusJwtDecoder.withJwkSetUri(auth.jwkSetUri().toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(issuer),
                new AllowedClients(auth.clientIds())));
        return decoder;
    }
}
