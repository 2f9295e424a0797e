package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentProductsTest {
    @Test
    void givesBackTheProductKeptUnderAKey() {
        RecentProducts recent = new RecentProducts(2);
        float[] product = {1f, 2f};
        recent.add(7, product);
        assertThat(recent.of(7)).isSameAs(product);
    }

    @Test
    void givesNothingForAKeyNeverKept() {
        RecentProducts recent = new RecentProducts(2);
        recent.add(7, new float[2]);
        assertThat(recent.of(8)).isNull();
    }

    @Test
    void keepsNoMoreProductsThanItHasSlots() {
        RecentProducts recent = new RecentProducts(1);
        int keys = 4 * RecentProducts.SLOTS;
        IntStream.range(0, keys).forEach(k -> recent.add(k, new float[] {k}));
        long kept = IntStream.range(0, keys).filter(k -> recent.of(k) != null).count();
        assertThat(kept).isLessThanOrEqualTo(RecentProducts.SLOTS).isPositive();
    }

    @Test
    void refusesAProductOfTheWrongLength() {
        RecentProducts recent = new RecentProducts(2);
        assertThatThrownBy(() -> recent.add(1, new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got: 1 and 3");
    }
}
