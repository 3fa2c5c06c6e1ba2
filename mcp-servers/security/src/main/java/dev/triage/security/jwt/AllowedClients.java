package dev.triage.security.jwt;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts a token only when it was issued to one of our app clients. Cognito access tokens name the client in
 * {@code client_id} and carry no {@code aud}; other issuers (and Cognito ID tokens) use {@code aud}.
 */
public record AllowedClients(Set<String> clientIds) implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error UNKNOWN_CLIENT = new OAuth2Error(
            OAuth2ErrorCodes.INVALID_TOKEN, "the token was not issued to an allowed client (client_id or aud)", null);

    public AllowedClients(List<String> clientIds) {
        this(Set.copyOf(clientIds));
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String clientId = token.getClaimAsString("client_id");
        List<String> audience = token.getAudience() == null ? List.of() : token.getAudience();
        boolean allowed = (clientId != null && clientIds.contains(clientId))
                || audience.stream().anyMatch(clientIds::contains);
        return allowed ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(UNKNOWN_CLIENT);
    }
}
