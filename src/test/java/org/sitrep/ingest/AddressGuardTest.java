package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

/** Issue 14, finding 4: fetching must not reach internal addresses unless the user allows it. Only literals: no traffic. */
class AddressGuardTest {
    private static final String HOW_TO_ALLOW = " (allow with --allow-private-addresses or SITREP_ALLOW_PRIVATE_ADDRESSES=1)";

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.64.0.1, SHARED", "100.127.255.254, SHARED",
            "224.0.0.1, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED",
            "255.255.255.255, RESERVED",
            "::ffff:127.0.0.1, LOOPBACK", "::ffff:10.0.0.1, PRIVATE", "::127.0.0.1, LOOPBACK", "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "192.169.0.1, PUBLIC", "2001:4860:4860::8888, PUBLIC"})
    void classifiesEachKindOfAddress(String literal, AddressKind kind) throws UnknownHostException {
        assertThat(AddressKind.of(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @Test
    void namesTheUrlTheAddressAndHowToAllowIt() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://127.0.0.1:8080/feed"))
                .isInstanceOf(InputException.class)
                .hasMessage("http://127.0.0.1:8080/feed: refused: 127.0.0.1 is a loopback address" + HOW_TO_ALLOW);
    }

    @Test
    void refusesTheCloudMetadataAddress() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://169.254.169.254/latest/meta-data/"))
                .hasMessage("http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address" + HOW_TO_ALLOW);
    }

    @Test
    void judgesAnIpv4MappedIpv6AddressByItsIpv4Address() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://[::ffff:192.168.0.1]/"))
                .hasMessageContaining("refused: 192.168.0.1 is a private address");
    }

    @Test
    void writesIpv6AddressesShort() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://[0:0:0:0:0:0:0:1]:81/"))
                .hasMessage("http://[0:0:0:0:0:0:0:1]:81/: refused: ::1 is a loopback address" + HOW_TO_ALLOW);
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://[fe80::1:0:0:2]/"))
                .hasMessageContaining("fe80::1:0:0:2 is a link-local address");
    }

    @Test
    void refusesLocalhostByName() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://LocalHost:22/"))
                .hasMessage("http://LocalHost:22/: refused: LocalHost is a loopback name" + HOW_TO_ALLOW);
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("http://admin.localhost./"))
                .hasMessageContaining("refused: admin.localhost. is a loopback name");
    }

    @Test
    void allowsEverythingWhenTheEnvironmentSaysSo() {
        AddressGuard.of(false, Map.of(AddressGuard.VARIABLE, "1")).check("http://127.0.0.1:8080/feed");
        AddressGuard.of(true, Map.of()).check("http://[::1]:8080/feed");
        assertThatThrownBy(() -> AddressGuard.of(false, Map.of(AddressGuard.VARIABLE, "0")).check("http://10.0.0.1/"))
                .hasMessageContaining("10.0.0.1 is a private address");
    }

    @Test
    void allowsOneInternalServiceByAddressAndPortOnly() {
        AddressGuard guard = AddressGuard.publicOnly().allowing(new InetSocketAddress("127.0.0.1", 3000));
        guard.check("http://127.0.0.1:3000/feed");
        assertThatThrownBy(() -> guard.check("http://127.0.0.1:3001/feed")).hasMessageContaining("127.0.0.1 is a loopback address");
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check("file:///etc/passwd"))
                .hasMessage("file:///etc/passwd: only http and https URLs can be fetched");
    }
}
