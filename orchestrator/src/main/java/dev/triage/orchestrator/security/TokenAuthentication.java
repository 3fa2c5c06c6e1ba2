package dev.triage.orchestrator.security;

import dev.triage.security.jwt.GrantedScopes;
import java.util.Collection;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a validated token speaks for and what it may do. The name is what approvals record as the decider: the
 * Cognito {@code username} when the token has one (a person), else its {@code sub} (a machine client).
 */
final class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new JwtAuthenticationToken(token, authorities(token), name(token));
    }

    static String name(Jwt token) {
        return Optional.ofNullable(token.getClaimAsString("username"))
                .filter(name -> !name.isBlank())
                .orElseGet(token::getSubject);
    }

    static Collection<GrantedAuthority> authorities(Jwt token) {
        return GrantedScopes.of(token)
                .map(Scope::granted)
                .flatMap(Optional::stream)
                .distinct()
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority(scope.authority()))
                .toList();
    }
}
