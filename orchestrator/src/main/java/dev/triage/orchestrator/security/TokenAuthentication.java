package dev.triage.orchestrator.security;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
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
        return scopeValues(token)
                .map(Scope::granted)
                .flatMap(Optional::stream)
                .distinct()
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority(scope.authority()))
                .toList();
    }

    /** {@code scope} is a space-separated string in Cognito; some issuers send a list, or {@code scp}. */
    private static Stream<String> scopeValues(Jwt token) {
        return Stream.of("scope", "scp")
                .map(token.getClaims()::get)
                .flatMap(claim -> switch (claim) {
                    case String text -> Stream.of(text.split(" "));
                    case Collection<?> list -> list.stream().map(String::valueOf);
                    case null, default -> Stream.<String>empty();
                })
                .filter(value -> !value.isBlank());
    }
}
