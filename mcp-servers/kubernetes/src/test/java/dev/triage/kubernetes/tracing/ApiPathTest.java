package dev.triage.kubernetes.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathTest {

    @Test
    void namespacedCoreAndGroupPathsNameTheirResourceAndSubresource() {
        assertThat(ApiPath.of("/api/v1/namespaces/shop/pods/cart-1/log")).isEqualTo(new ApiPath("shop", "pods", "log"));
        assertThat(ApiPath.of("/apis/apps/v1/namespaces/shop/deployments/cart/scale"))
                .isEqualTo(new ApiPath("shop", "deployments", "scale"));
        assertThat(ApiPath.of("/apis/apps/v1/namespaces/shop/deployments"))
                .isEqualTo(new ApiPath("shop", "deployments", null));
    }

    @Test
    void namespacesThemselvesAndClusterScopedObjectsHaveNoNamespace() {
        assertThat(ApiPath.of("/api/v1/namespaces")).isEqualTo(new ApiPath(null, "namespaces", null));
        assertThat(ApiPath.of("/api/v1/namespaces/shop")).isEqualTo(new ApiPath(null, "namespaces", null));
        assertThat(ApiPath.of("/api/v1/nodes/ip-10-0-1-5/status")).isEqualTo(new ApiPath(null, "nodes", "status"));
    }

    @Test
    void discoveryPathsNameNoResourceAndTheSpanIsNamedByThePath() {
        ApiPath version = ApiPath.of("/version");
        assertThat(version).isEqualTo(new ApiPath(null, null, null));
        assertThat(version.spanTarget("/version")).isEqualTo("/version");
        assertThat(ApiPath.of("/apis/apps/v1").spanTarget("/apis/apps/v1")).isEqualTo("/apis/apps/v1");
        assertThat(ApiPath.of("/api/v1/namespaces/shop/pods/cart-1/log").spanTarget("ignored"))
                .isEqualTo("pods/log");
    }
}
