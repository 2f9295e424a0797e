package org.sitrep.core;

/**
 * A place in the gazetteer.
 *
 * @param id           the GeoNames id; negative for the places Sitrep's own supplement adds that GeoNames lacks
 * @param lat          latitude, WGS84 decimal degrees
 * @param lon          longitude, WGS84 decimal degrees
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} country or region, {@code S} spot
 *                     (crossing, base), {@code L} area (field), {@code H} water, {@code T} relief
 * @param featureCode  GeoNames feature code ("PPLA", "PCLI", "ADM1", ...)
 * @param country      ISO 3166-1 alpha-2 code, empty when the place lies in no country
 * @param admin1       GeoNames first-level region code within the country, empty when unknown
 * @param admin2       GeoNames second-level region code, empty when unknown
 * @param population   0 when unknown
 */
public record Place(long id, String name, double lat, double lon, char featureClass, String featureCode,
                    String country, String admin1, String admin2, long population) {

    /** The GeoNames id, or {@code null} for a place GeoNames lacks. */
    public Long geonameId() {
        return id > 0 ? id : null;
    }

    /** Whether this is a country (an independent, dependent or semi-independent political entity). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Whether this is an administrative region below the country (governorate, province, state, county). */
    public boolean isRegion() {
        return featureCode.startsWith("ADM");
    }

    /** Great-circle distance to {@code other} in kilometres. */
    public double kilometresTo(Place other) {
        return GreatCircle.kilometres(lat, lon, other.lat, other.lon);
    }
}
