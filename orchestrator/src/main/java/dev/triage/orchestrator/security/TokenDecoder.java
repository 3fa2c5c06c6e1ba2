package dev.triage.orchestrator.security;

import dev.triage.security.jwt.TokenChecks;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Checks a bearer token to the API as every inbound token is checked ({@link TokenChecks}); the chat UI's client is
 * one of the accepted clients.
 */
final class TokenDecoder {

    private TokenDecoder() {}

    static JwtDecoder of(AuthProperties auth) {
        return TokenChecks.decoder(auth.issuerUri(), auth.jwkSetUri(), auth.acceptedClients());
    }
}
