package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: online map tiles only when the user configures them, and a bad tile URL is bad usage naming it. */
class ServeTilesTest {
    @TempDir
    Path dir;

    @Test
    void aTileUrlWithoutItsPlaceholdersIsBadUsageNamingTheOption() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--data", dir.resolve("data").toString(), "--port", "0",
                "--tile-url", "https://tile.example.org/tiles.png"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--tile-url: must hold {z}, {x} and {y}; got: https://tile.example.org/tiles.png");
    }

    @Test
    void theTileUrlComesFromTheOptionBeforeTheEnvironment() {
        ServerOptions options = new ServerOptions();
        assertThat(options.tiles(null, java.util.Map.of())).isNull();
        assertThat(options.tiles(null, java.util.Map.of("SITREP_TILE_URL", "https://t.example.org/{z}/{x}/{y}.png",
                "SITREP_TILE_ATTRIBUTION", "© T")).attribution()).isEqualTo("© T");
        options.tileUrl = "https://o.example.org/{z}/{x}/{y}.png";
        assertThat(options.tiles(null, java.util.Map.of("SITREP_TILE_URL", "https://t.example.org/{z}/{x}/{y}.png")).urlTemplate())
                .isEqualTo("https://o.example.org/{z}/{x}/{y}.png");
    }
}
