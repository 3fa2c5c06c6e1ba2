package dev.triage.k8s;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * The destinations an MCP server may reach, each recognised from one NetworkPolicy peer and port. "In the VPC" is a
 * private IPv4 range with no exceptions: the API server's endpoints, the AWS interface endpoints and RDS live there;
 * NetworkPolicy cannot name them by host, so anything public (0.0.0.0/0 included) is not one of these.
 */
enum Egress {
    DNS,
    VPC_HTTPS,
    VPC_POSTGRES,
    POD_IDENTITY_AGENT;

    static Optional<Egress> of(NetworkPolicyPeer peer, NetworkPolicyPort port) {
        Integer number = port.getPort() == null ? null : port.getPort().getIntVal();
        if (number == null) {
            return Optional.empty();
        }
        if (isClusterDns(peer) && number == 53) {
            return Optional.of(DNS);
        }
        if (peer.getIpBlock() == null || peer.getPodSelector() != null || peer.getNamespaceSelector() != null) {
            return Optional.empty();
        }
        String cidr = peer.getIpBlock().getCidr();
        boolean tcp = port.getProtocol() == null || port.getProtocol().equals("TCP");
        if (cidr.equals("169.254.170.23/32") && number == 80 && tcp) {
            return Optional.of(POD_IDENTITY_AGENT);
        }
        if (!isPrivate(cidr) || !peer.getIpBlock().getExcept().isEmpty() || !tcp) {
            return Optional.empty();
        }
        return switch (number) {
            case 443 -> Optional.of(VPC_HTTPS);
            case 5432 -> Optional.of(VPC_POSTGRES);
            default -> Optional.empty();
        };
    }

    private static boolean isClusterDns(NetworkPolicyPeer peer) {
        return peer.getIpBlock() == null
                && peer.getNamespaceSelector() != null
                && peer.getPodSelector() != null
                && peer.getNamespaceSelector()
                        .getMatchLabels()
                        .equals(Map.of("kubernetes.io/metadata.name", "kube-system"))
                && peer.getPodSelector().getMatchLabels().equals(Map.of("k8s-app", "kube-dns"));
    }

    /** A block inside 10/8, 172.16/12 or 192.168/16. */
    static boolean isPrivate(String cidr) {
        String[] parts = cidr.split("/");
        int prefix = Integer.parseInt(parts[1]);
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            if (address.length != 4) {
                return false;
            }
            int first = address[0] & 0xff;
            int second = address[1] & 0xff;
            return (first == 10 && prefix >= 8)
                    || (first == 172 && second >= 16 && second <= 31 && prefix >= 12)
                    || (first == 192 && second == 168 && prefix >= 16);
        } catch (UnknownHostException e) {
            throw new AssertionError("not an address: " + cidr, e);
        }
    }
}
