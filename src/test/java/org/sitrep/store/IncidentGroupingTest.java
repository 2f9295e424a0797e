package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store's incident rule in memory, as the Spark job runs it over the events of one type (issue 19). */
class IncidentGroupingTest {
    private static final String BATTLES = "Battles";
    private static final String ARMY = "Military Forces of Syria (2000-2024)";

    private static IncidentGrouping.Report at(long placeId, double lat, String date, String actor1, String actor2) {
        return new IncidentGrouping.Report(BATTLES, placeId, lat, 37.16, date, "2014-11-13", actor1, null, actor2, null);
    }

    @Test
    void reportsOfOnePlaceDayAndSideJoinOneIncident() {
        IncidentGrouping g = new IncidentGrouping();
        assertThat(g.add(at(1, 36.2, "2014-11-12", ARMY, "Free Syrian Army"))).isZero();
        assertThat(g.add(at(1, 36.2, "2014-11-12", "Free Syrian Army", null))).isZero();
    }

    @Test
    void anotherDayOrAPlaceFartherThanTenKilometresStartsAnIncident() {
        IncidentGrouping g = new IncidentGrouping();
        g.add(at(1, 36.2, "2014-11-12", ARMY, null));
        assertThat(g.add(at(1, 36.2, "2014-11-14", ARMY, null))).isEqualTo(1);
        assertThat(g.add(at(2, 36.3, "2014-11-12", ARMY, null))).isEqualTo(2);
    }

    @Test
    void aReportJoinsOnlyAnIncidentEveryReportOfWhichItAgreesWith() {
        IncidentGrouping g = new IncidentGrouping();
        g.add(at(1, 36.2, "2014-11", ARMY, null));
        g.add(at(1, 36.2, "2014-11-12", ARMY, null));
        assertThat(g.add(at(1, 36.2, "2014-11-20", ARMY, null))).isEqualTo(1);
    }

    @Test
    void ofTwoIncidentsItMayJoinTheNearerWins() {
        IncidentGrouping g = new IncidentGrouping();
        g.add(at(1, 36.20, "2014-11-12", ARMY, null));
        g.add(at(2, 36.26, "2014-11-13", ARMY, null));
        assertThat(g.add(at(3, 36.25, "2014-W46", ARMY, null))).isEqualTo(1);
    }

    @Test
    void eventsWithoutAPlaceEachStartTheirOwn() {
        IncidentGrouping g = new IncidentGrouping();
        var nowhere = new IncidentGrouping.Report(BATTLES, null, 0, 0, "2014-11-12", "2014-11-13", ARMY, null, null, null);
        assertThat(g.add(nowhere)).isZero();
        assertThat(g.add(nowhere)).isEqualTo(1);
    }
}
