package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EventActor;
import org.sitrep.core.EventType;

class IncidentReportTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2014, 11, 13);
    private static final EventActor ARMY = new EventActor("Military Forces of Syria (2000-2024)", "org-syrian-army");
    private static final EventActor REBELS = new EventActor("Free Syrian Army", "org-fsa");
    private static final EventActor IS = new EventActor("Islamic State (Syria)", "org-islamic-state");
    private static final EventActor UNKNOWN = new EventActor("Unidentified Armed Group (Syria)", null);

    private static IncidentReport at(double lat, double lon, String date, EventActor actor1, EventActor actor2) {
        return new IncidentReport(EventType.BATTLES, 1L + Math.round(lat * 1000), lat, lon, date, PUBLISHED, actor1, actor2);
    }

    private static IncidentReport report(String date, EventActor actor1, EventActor actor2) {
        return at(36.2, 37.16, date, actor1, actor2);
    }

    @Test
    void placesWithinTenKilometresAgreeAndFartherOnesDoNot() {
        IncidentReport here = at(36.2, 37.16, "2014-11-12", ARMY, null);
        assertThat(here.agreesOnWhatWhereAndWhen(at(36.28, 37.16, "2014-11-12", ARMY, null))).isTrue();
        assertThat(here.agreesOnWhatWhereAndWhen(at(36.3, 37.16, "2014-11-12", ARMY, null))).isFalse();
    }

    @Test
    void eventsWithoutAPlaceNeverAgree() {
        IncidentReport nowhere = new IncidentReport(EventType.BATTLES, null, 0, 0, "2014-11-12", PUBLISHED, ARMY, null);
        assertThat(nowhere.agreesOnWhatWhereAndWhen(nowhere)).isFalse();
    }

    @Test
    void aWeekOrASeasonAgreesWithTheDaysInIt() {
        IncidentReport day = report("2014-11-12", ARMY, null);
        assertThat(day.agreesOnWhatWhereAndWhen(report("2014-W46", ARMY, null))).isTrue();
        assertThat(day.agreesOnWhatWhereAndWhen(report("2014-W47", ARMY, null))).isFalse();
        assertThat(day.agreesOnWhatWhereAndWhen(report("2014-FA", ARMY, null))).isTrue();
        assertThat(report("2015-02-03", ARMY, null).agreesOnWhatWhereAndWhen(report("2014-WI", ARMY, null))).isTrue();
        assertThat(day.agreesOnWhatWhereAndWhen(report("2014", ARMY, null))).isTrue();
        assertThat(day.agreesOnWhatWhereAndWhen(report("2013", ARMY, null))).isFalse();
    }

    @Test
    void aDateWithoutItsYearCountsAsUnknownSoPublicationDaysDecide() {
        IncidentReport yearless = report("XXXX-11-12", ARMY, null);
        assertThat(yearless.agreesOnWhatWhereAndWhen(report("2014-11-20", ARMY, null))).isTrue();
        IncidentReport old = new IncidentReport(EventType.BATTLES, 36201L, 36.2, 37.16, "2014-11-12", PUBLISHED.minusDays(2), ARMY, null);
        assertThat(yearless.agreesOnWhatWhereAndWhen(old)).isFalse();
    }

    @Test
    void reportsAgreeOnActorsWhenTheyShareOneOnEitherSide() {
        IncidentReport clash = report("2014-11-12", ARMY, IS);
        assertThat(clash.agreesOnActors(report("2014-11-12", IS, ARMY))).isTrue();
        assertThat(clash.agreesOnActors(report("2014-11-12", IS, null))).isTrue();
        assertThat(clash.agreesOnActors(report("2014-11-12", REBELS, null))).isFalse();
    }

    @Test
    void anActorMatchesByEntityOrByNameIgnoringCase() {
        IncidentReport byEntity = report("2014-11-12", new EventActor("Syrian army", "org-syrian-army"), null);
        IncidentReport byName = report("2014-11-12", new EventActor("military forces of syria (2000-2024)", null), null);
        assertThat(report("2014-11-12", ARMY, null).agreesOnActors(byEntity)).isTrue();
        assertThat(report("2014-11-12", ARMY, null).agreesOnActors(byName)).isTrue();
    }

    @Test
    void aReportNamingNoKnownActorAgreesWithAny() {
        assertThat(report("2014-11-12", UNKNOWN, null).agreesOnActors(report("2014-11-12", REBELS, IS))).isTrue();
        assertThat(report("2014-11-12", UNKNOWN, REBELS).agreesOnActors(report("2014-11-12", IS, null))).isFalse();
    }
}
