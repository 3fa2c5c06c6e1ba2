package dev.triage.agents.tools;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * AWS Signature Version 4 on every MCP request, by the AWS SDK's signer, for an MCP server on AgentCore Runtime whose
 * inbound auth is IAM: the signature covers the method, URL, {@code Content-Type} and the exact body. Credentials come
 * from the default chain (IRSA, EKS Pod Identity, the environment) unless given. The signature and the session token
 * are never logged.
 */
public final class SigV4Auth implements McpAuth {

    /** The signing name of AgentCore Runtime and Gateway. */
    public static final String AGENTCORE = "bedrock-agentcore";

    /** The HTTP client sets these itself: the signature covers them, but they are not handed back to be sent. */
    private static final Set<String> SENT_BY_THE_CLIENT = Set.of("host", "content-type", "content-length");

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;
    private final Clock clock;

    public SigV4Auth(AwsCredentialsProvider credentials, String region, String service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    /** Signing for {@code service} ({@link #AGENTCORE} when null) in {@code region}, by the default credentials chain. */
    public static SigV4Auth defaultChain(String region, String service) {
        return new SigV4Auth(
                DefaultCredentialsProvider.builder().build(),
                region,
                service == null || service.isBlank() ? AGENTCORE : service,
                Clock.systemUTC());
    }

    @Override
    public Map<String, String> headers(URI url, byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .uri(url)
                .method(body.length == 0 ? SdkHttpMethod.GET : SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/json")
                .build();
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials())
                .request(request)
                .payload(body.length == 0 ? null : ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> {
            if (!SENT_BY_THE_CLIENT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, String.join(",", values == null ? List.of() : values));
            }
        });
        return headers;
    }

    /** Names the region and service only: nothing about the credentials. */
    @Override
    public String toString() {
        return "SigV4Auth[" + service + ", " + region + "]";
    }
}
