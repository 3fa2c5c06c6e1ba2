package dev.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DB_PASSWORD",
                "PGPASSWORD",
                "stripe_api_key",
                "GITHUB_TOKEN",
                "AWS_SECRET_ACCESS_KEY",
                "client_secret",
                "apiKey",
                "SENTRY_DSN",
                "SESSION_COOKIE",
                "approval_id",
                "oauth_credentials"
            })
    void identifiersThatNameASecretAreSecret(String name) {
        assertThat(SecretNames.isSecret(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOG_LEVEL", "REDIS_HOST", "DATABASE_URL", "namespace", "tail_lines", "proposal_id"})
    void ordinaryIdentifiersAreNot(String name) {
        assertThat(SecretNames.isSecret(name)).isFalse();
    }

    @Test
    void nullIsNoSecret() {
        assertThat(SecretNames.isSecret(null)).isFalse();
    }

    @Test
    void aKeyInTextMustEndInTheWordSoCountsAndReferencesStayReadable() {
        Pattern key = Pattern.compile("(?i)^" + SecretNames.KEY_IN_TEXT + "$");

        assertThat(key.matcher("DB_PASSWORD").matches()).isTrue();
        assertThat(key.matcher("refresh_token").matches()).isTrue();
        assertThat(key.matcher("max_tokens").matches()).isFalse();
        assertThat(key.matcher("secretName").matches()).isFalse();
    }
}
