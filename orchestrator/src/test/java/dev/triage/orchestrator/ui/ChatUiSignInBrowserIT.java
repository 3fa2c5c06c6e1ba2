package dev.triage.orchestrator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chat UI's sign-in in a real browser against a real OpenID Connect issuer ({@link SignInIssuer}, Spring
 * Authorization Server on a loopback port): headless Chromium ({@code src/test/ui-check/signin.mjs}) opens the page,
 * is sent to the issuer (authorization code with PKCE, which the issuer's public client requires), signs in on the
 * issuer's form and comes back to the page asked for. An operator (agents/invoke, tools/read, tools/execute) asks,
 * approves and executes, and the audit names them; a reader (tools/read only) opening the deep link sees the report
 * without an ask, approve, deny or execute button, and the API refuses them the approval all the same.
 */
class ChatUiSignInBrowserIT {

    private final BrowserRun run = new BrowserRun();
    private SignInIssuer issuer;

    @Test
    void peopleSignInThroughTheIssuerAndTheirScopesDecideWhichButtonsAppear() throws Exception {
        BrowserRun.requireChromium();
        int port = BrowserRun.freePort();
        URI service = URI.create("http://127.0.0.1:" + port);
        issuer = SignInIssuer.start(BrowserRun.freePort(), service);
        run.startService(
                port,
                "triage-ui-signin-it",
                List.of(
                        "--triage.auth.issuer-uri=" + issuer.uri(),
                        "--triage.auth.client-ids=" + SignInIssuer.CLIENT_ID,
                        "--triage.auth.ui.client-id=" + SignInIssuer.CLIENT_ID,
                        "--triage.auth.ui.scopes=openid," + String.join(",", SignInIssuer.API_SCOPES)));

        run.check(
                "signin.mjs",
                List.of(
                        service.toString(),
                        run.screenshots.toString(),
                        issuer.uri().toString(),
                        SignInIssuer.OPERATOR,
                        SignInIssuer.READER,
                        SignInIssuer.PASSWORD));

        assertThat(List.of(
                        "signin-issuer.png", "signin-operator.png", "signin-reader.png", "signin-reader-proposal.png"))
                .allSatisfy(name -> assertThat(run.screenshots.resolve(name)).isNotEmptyFile());
    }

    @AfterEach
    void stop() throws InterruptedException {
        run.close();
        if (issuer != null) {
            issuer.close();
        }
    }
}
