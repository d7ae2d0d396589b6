package dev.saring.pii;

/**
 * The IPv4 ranges that are not public host addresses: IANA's IPv4 Special-Purpose Address Registry as
 * Python's {@code ipaddress.IPv4Address.is_global} reads it (datatrove's test for "public"), plus multicast
 * (224.0.0.0/4), which names a group, not a host.
 */
final class SpecialAddresses {

    /** {network, prefix length} pairs. */
    private static final int[][] RANGES = {
            {ip(0, 0, 0, 0), 8},          // "this network"
            {ip(10, 0, 0, 0), 8},         // private
            {ip(100, 64, 0, 0), 10},      // shared address space (carrier-grade NAT)
            {ip(127, 0, 0, 0), 8},        // loopback
            {ip(169, 254, 0, 0), 16},     // link-local
            {ip(172, 16, 0, 0), 12},      // private
            {ip(192, 0, 0, 0), 24},       // IETF protocol assignments
            {ip(192, 0, 2, 0), 24},       // documentation, TEST-NET-1
            {ip(192, 168, 0, 0), 16},     // private
            {ip(198, 18, 0, 0), 15},      // benchmarking
            {ip(198, 51, 100, 0), 24},    // documentation, TEST-NET-2
            {ip(203, 0, 113, 0), 24},     // documentation, TEST-NET-3
            {ip(224, 0, 0, 0), 4},        // multicast
            {ip(240, 0, 0, 0), 4},        // reserved, and 255.255.255.255 broadcast
    };

    private SpecialAddresses() {
    }

    /** Whether these four octets name a public (globally routable) host. */
    static boolean isPublic(int[] octets) {
        int a = ip(octets[0], octets[1], octets[2], octets[3]);
        for (int[] r : RANGES) {
            int mask = r[1] == 0 ? 0 : -1 << (32 - r[1]);
            if ((a & mask) == (r[0] & mask)) return false;
        }
        return true;
    }

    private static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }
}
