package org.sitrep.core;

/** Distances on the Earth's surface, taken as a sphere of the mean radius (good to about 0.5%). */
public final class GreatCircle {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** The haversine distance in kilometres between two points in WGS84 decimal degrees. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
