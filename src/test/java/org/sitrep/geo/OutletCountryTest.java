package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletCountryTest {

    @Test
    void readsTheCountryOfAHostsCountryCodeDomain() {
        assertThat(OutletCountry.of("lfpress.ca")).contains("CA");
    }

    @Test
    void readsTheCountryFromAFullAddressUnderASecondLevelDomain() {
        assertThat(OutletCountry.of("https://www.dailystar.com.lb/News/Local.ashx?id=1")).contains("LB");
    }

    @Test
    void takesUkForBritain() {
        assertThat(OutletCountry.of("http://www.thelancasterandmorecambecitizen.co.uk/news/")).contains("GB");
    }

    @Test
    void findsNoCountryInGenericOrVanityDomains() {
        assertThat(OutletCountry.of("https://chronicle.augusta.com/x")).isEmpty();
        assertThat(OutletCountry.of("news.tv")).isEmpty();
    }

    @Test
    void findsNoCountryWithoutAHostName() {
        assertThat(OutletCountry.of(null)).isEmpty();
        assertThat(OutletCountry.of("  ")).isEmpty();
        assertThat(OutletCountry.of("localhost")).isEmpty();
    }
}
