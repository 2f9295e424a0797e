package org.sitrep.web;

import org.sitrep.pipeline.Intake;

/**
 * What a server may do beyond reading. Every part may be {@code null}.
 *
 * @param writeToken the token that allows writing from the site and its API (corrections, uploads, sources), or
 *                   {@code null} to turn those off
 * @param tiles      online map tiles to show under the offline basemap, or {@code null} for none (no page then loads
 *                   anything from elsewhere)
 * @param intake     takes in articles and polls sources for the server, or {@code null} when this server takes none
 * @param localKey   the secret the server writes into its data directory for other {@code sitrep} commands on this
 *                   machine, which prove with it that they may use the directory, or {@code null} when none is written
 */
public record ServerSettings(String writeToken, TileSource tiles, Intake intake, String localKey) {
    public static final ServerSettings READ_ONLY = new ServerSettings(null, null, null, null);

    public ServerSettings withWriteToken(String value) {
        return new ServerSettings(value, tiles, intake, localKey);
    }

    public ServerSettings withTiles(TileSource value) {
        return new ServerSettings(writeToken, value, intake, localKey);
    }

    public ServerSettings withIntake(Intake value) {
        return new ServerSettings(writeToken, tiles, value, localKey);
    }

    public ServerSettings withLocalKey(String value) {
        return new ServerSettings(writeToken, tiles, intake, value);
    }
}
