package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.core.InputException;

class PostgresAddressTest {
    @Test
    void readsUserPasswordHostPortAndDatabase() {
        PostgresAddress a = PostgresAddress.parse("postgresql://analyst:s3cret@db.example:6543/sitrep");

        assertThat(a).isEqualTo(new PostgresAddress("db.example", 6543, "sitrep", "analyst", "s3cret", ""));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/sitrep");
        assertThat(a.credentials()).containsEntry("user", "analyst").containsEntry("password", "s3cret");
    }

    @Test
    void thePortDefaultsTo5432AndParametersGoToTheDriver() {
        PostgresAddress a = PostgresAddress.parse("postgres://db.example/sitrep?sslmode=require");

        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.user()).isNull();
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/sitrep?sslmode=require");
    }

    @Test
    void decodesAPercentEncodedPassword() {
        assertThat(PostgresAddress.parse("postgresql://analyst:p%40ss+w%3Ard@db.example/sitrep").password()).isEqualTo("p@ss+w:rd");
    }

    @Test
    void showsNoPassword() {
        assertThat(PostgresAddress.parse("postgresql://analyst:s3cret@db.example/sitrep"))
                .hasToString("postgresql://analyst:***@db.example:5432/sitrep");
    }

    @Test
    void refusesAnotherSchemeNamingTheAddressWithoutItsPassword() {
        assertThatThrownBy(() -> PostgresAddress.parse("mysql://analyst:s3cret@db.example/sitrep"))
                .isInstanceOf(InputException.class)
                .hasMessage("mysql://analyst:***@db.example/sitrep: must start with postgresql://");
    }

    @Test
    void refusesAnAddressWithoutADatabase() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db.example:5432"))
                .isInstanceOf(InputException.class).hasMessageContaining("must name one database");
    }
}
