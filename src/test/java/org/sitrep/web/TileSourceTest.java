package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

class TileSourceTest {
    @Test
    void policySourceIsTheTemplatesOriginWithSubdomainsAsAWildcard() {
        assertThat(new TileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png", null).policySource())
                .isEqualTo("https://*.tile.example.org");
        assertThat(new TileSource("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png", "").policySource()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void refusesTemplatesThatAreNoHttpTileUrls() {
        assertThatThrownBy(() -> new TileSource("https://tile.example.org/{z}/{x}.png", null)).isInstanceOf(InputException.class)
                .hasMessageContaining("must hold {z}, {x} and {y}");
        assertThatThrownBy(() -> new TileSource("javascript:alert(1)//{z}/{x}/{y}", null)).isInstanceOf(InputException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new TileSource("https://tiles-{s}.example.org/{z}/{x}/{y}.png", null))
                .hasMessageContaining("{s} may only stand as the first label");
        assertThatThrownBy(() -> new TileSource("https://user:pw@tiles.example.org/{z}/{x}/{y}.png", null))
                .hasMessageContaining("user name or password");
    }
}
