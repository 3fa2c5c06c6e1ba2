package dev.triage.agents.testing;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * What AWS does with a SigV4-signed request, on the wire: the request as received (method, path and query, host,
 * {@code Content-Type}, body) is signed again by the AWS SDK's own signer with the caller's credentials
 * at the request's {@code X-Amz-Date}, and let in only when the two {@code Authorization} headers are the same and the
 * date is within five minutes.
 */
public final class SigV4Check implements AgentCoreStandIn.Check {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentials credentials;
    private final String region;
    private final String service;

    public SigV4Check(AwsCredentials credentials, String region, String service) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
    }

    @Override
    public Integer refuse(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Instant at = date(exchange.getRequestHeaders().getFirst("X-Amz-Date"));
        if (authorization == null
                || at == null
                || Duration.between(at, Instant.now()).abs().compareTo(SKEW) > 0) {
            return 403;
        }
        String expected = expected(exchange, body, at);
        boolean same = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8));
        return same ? null : 403;
    }

    private String expected(HttpExchange exchange, byte[] body, Instant at) {
        var received = exchange.getRequestHeaders();
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .uri(URI.create("http://" + received.getFirst("Host") + exchange.getRequestURI()))
                .method(SdkHttpMethod.fromValue(exchange.getRequestMethod()));
        if (received.getFirst("Content-Type") != null) {
            request.putHeader("Content-Type", received.getFirst("Content-Type"));
        }
        return signer.sign(r -> r.identity(credentials)
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
                .request()
                .firstMatchingHeader("Authorization")
                .orElse("");
    }

    private static Instant date(String header) {
        try {
            return header == null ? null : LocalDateTime.parse(header, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
