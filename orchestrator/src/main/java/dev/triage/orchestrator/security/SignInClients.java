package dev.triage.orchestrator.security;

import java.util.Objects;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The chat UI's one app client at the issuer, read from the issuer's OIDC discovery document on the first sign-in
 * rather than at start-up: the service starts while the issuer is briefly unreachable, as the API's token decoder
 * does, and a failed discovery is tried again at the next sign-in.
 */
final class SignInClients implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "triage";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final AuthProperties auth;
    private volatile ClientRegistration registration;

    SignInClients(AuthProperties auth) {
        Objects.requireNonNull(auth.ui(), "triage.auth.ui");
        this.auth = auth;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        AuthProperties.Ui ui = auth.ui();
        boolean publicClient = ui.clientSecret() == null || ui.clientSecret().isBlank();
        return ClientRegistrations.fromIssuerLocation(auth.issuerUri().toString())
                .registrationId(REGISTRATION_ID)
                .clientId(ui.clientId())
                .clientSecret(publicClient ? null : ui.clientSecret())
                .clientAuthenticationMethod(
                        publicClient ? ClientAuthenticationMethod.NONE : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(ui.scopes())
                .clientName("Triage")
                .build();
    }
}
