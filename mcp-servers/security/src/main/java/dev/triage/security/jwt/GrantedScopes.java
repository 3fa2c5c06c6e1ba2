package dev.triage.security.jwt;

import java.util.Collection;
import java.util.stream.Stream;
import org.springframework.security.oauth2.jwt.Jwt;

/** The OAuth scopes a validated token grants, as the issuers we accept write them. */
public final class GrantedScopes {

    private GrantedScopes() {}

    /** {@code scope} is a space-separated string in Cognito; some issuers send a list, or {@code scp}. */
    public static Stream<String> of(Jwt token) {
        return Stream.of("scope", "scp")
                .map(token.getClaims()::get)
                .flatMap(claim -> switch (claim) {
                    case String text -> Stream.of(text.split(" "));
                    case Collection<?> list -> list.stream().map(String::valueOf);
                    case null, default -> Stream.<String>empty();
                })
                .filter(value -> !value.isBlank());
    }

    /**
     * Whether a granted value is {@code scope}: the bare name, or the name behind a resource server identifier, as
     * Cognito writes custom scopes ({@code https://triage.example.com/tools/read}).
     */
    public static boolean means(String granted, String scope) {
        return granted.equals(scope) || granted.endsWith("/" + scope);
    }

    /** Whether {@code token} grants {@code scope}. */
    public static boolean grants(Jwt token, String scope) {
        return of(token).anyMatch(granted -> means(granted, scope));
    }
}
