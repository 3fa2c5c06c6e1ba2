package dev.triage.agents.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Authorization: Bearer abcDEF123456.ghiJKL-789_xyz~+/=   | abcDEF123456
            curl -H 'authorization: bearer 9f8e7d6c5b4a39281706' x   | 9f8e7d6c5b4a39281706
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE                  | AKIAIOSFODNN7EXAMPLE
            temporary key ASIAY34FZKBOKMUTVV7A in use                 | ASIAY34FZKBOKMUTVV7A
            aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            connecting to postgres://shop:s3cr3tPass@db.shop:5432/cart | s3cr3tPass
            redis://default:hunter2@redis.shop.svc:6379              | hunter2
            token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U | eyJzdWIiOiIxMjM0NTY3ODkwIn0
            password=hunter2 user=bob                                 | hunter2
            DB_PASSWORD: correct-horse-battery                        | correct-horse-battery
            {"api_key": "sk-live-1234567890abcdef"}                    | sk-live-1234567890abcdef
            client_secret='Zm9vYmFyYmF6'                              | Zm9vYmFyYmF6
            refresh_token=1//0gAbCdEfGhIjKl                           | 1//0gAbCdEfGhIjKl
            slack says xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx | AbCdEfGhIjKlMnOpQrStUvWx
            https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX | XXXXXXXXXXXXXXXXXXXXXXXX
            git clone with ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789     | ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789
            GITHUB_TOKEN is github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv | github_pat_11ABCDEFG0123456789
            """)
    void removesTheSecretFrom(String text, String secret) {
        String redacted = Redactor.redact(text);

        assertThat(redacted).doesNotContain(secret).contains("REDACTED");
    }

    @Test
    void keepsTheShapeAroundASecretSoTheTextStillReads() {
        assertThat(Redactor.redact("postgres://shop:s3cr3t@db.shop:5432/cart"))
                .isEqualTo("postgres://shop:[REDACTED]@db.shop:5432/cart");
        assertThat(Redactor.redact("password=hunter2 user=bob")).isEqualTo("password=[REDACTED] user=bob");
        assertThat(Redactor.redact("{\"token\": \"abc123\", \"user\": \"bob\"}"))
                .isEqualTo("{\"token\": \"[REDACTED]\", \"user\": \"bob\"}");
    }

    @Test
    void removesAWholePemPrivateKeyBlock() {
        String text = """
                key follows
                -----BEGIN RSA PRIVATE KEY-----
                MIIEowIBAAKCAQEA7bq0l1x2
                c2VjcmV0IGtleSBtYXRlcmlhbA==
                -----END RSA PRIVATE KEY-----
                done""";

        assertThat(Redactor.redact(text))
                .isEqualTo("key follows\n[REDACTED PRIVATE KEY]\ndone")
                .doesNotContain("MIIEow");
    }

    @Test
    void removesAPrivateKeyCutOffBeforeItsEnd() {
        assertThat(Redactor.redact("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF"))
                .isEqualTo("[REDACTED PRIVATE KEY]");
    }

    @Test
    void removesTheValuesOfASecretsDataButKeepsItsKeys() {
        String yaml = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: ledger-db
                data:
                  db-password: bm90LWEtcmVhbC1wYXNzd29yZA==
                  username: bGVkZ2Vy
                type: Opaque""";

        String redacted = Redactor.redact(yaml);

        assertThat(redacted)
                .contains("db-password: [REDACTED]", "username: [REDACTED]", "name: ledger-db", "type: Opaque")
                .doesNotContain("bm90LWEtcmVhbC1wYXNzd29yZA==", "bGVkZ2Vy");
    }

    @Test
    void removesTheValuesOfASecretsDataInJson() {
        String json = "{\"kind\":\"Secret\",\"data\":{\"tls.key\":\"LS0tLS1CRUdJTg==\",\"tls.crt\":\"Q0VSVA==\"}}";

        assertThat(Redactor.redact(json))
                .contains("\"tls.key\":\"[REDACTED]\"", "\"tls.crt\":\"[REDACTED]\"")
                .doesNotContain("LS0tLS1CRUdJTg==");
    }

    @Test
    void removesAnEnvValueWhoseNameSaysSecret() {
        String yaml = """
                env:
                - name: STRIPE_API_KEY
                  value: rk_live_abcdef123456
                - name: LOG_LEVEL
                  value: debug""";

        assertThat(Redactor.redact(yaml)).doesNotContain("rk_live_abcdef123456").contains("value: debug");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FATAL: environment variable DATABASE_URL is not set; refusing to start",
                "couldn't find key password in Secret payments/ledger-db",
                "MountVolume.SetUp failed for volume \"tls\" : secret \"grafana-tls\" not found",
                "secretName: grafana-tls",
                "Readiness probe failed: HTTP probe failed with statuscode: 503",
                "kind: ConfigMap\ndata:\n  LOG_LEVEL: info",
                "image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/cart:v1.8.2",
                "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "http://catalog.shop.svc.cluster.local:8080/healthz",
                "tokens used: 1200, max_tokens=4096",
                "[Full GC 191M->188M(192M)] OutOfMemoryError: Java heap space"
            })
    void leavesTextWithoutSecretsAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void leavesNullAndEmptyAlone() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
    }
}
