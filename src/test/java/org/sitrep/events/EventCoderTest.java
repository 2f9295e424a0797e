package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.DateExpression;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.Event;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;
import org.sitrep.core.SubEventType;

/** The events stage over annotations built by hand (no CoreNLP), with the model that ships. */
class EventCoderTest {
    private static final Place IDLIB_PROVINCE = new Place(169388, "Idlib", 35.8, 36.6, 'A', "ADM1", "SY", "12", "", 0);
    private static final Place MAARET = new Place(169389, "Maarat al-Numan", 35.64, 36.67, 'P', "PPLA2", "SY", "12", "",
            58008);
    private final EventCoder coder = new EventCoder(IncidentClassifier.bundled());

    @Test
    void codesAnAirStrikeWithItsPlaceDateTollAndSource() {
        String text = "Government warplanes struck a market in Maarat al-Numan in Idlib province on Monday, killing "
                + "at least 23 civilians, activists said.";
        Event e = single(text, List.of(
                place(text, "Maarat al-Numan", MAARET), place(text, "Idlib", IDLIB_PROVINCE)),
                List.of(date(text, "Monday", "2019-07-22")), List.of());
        assertThat(e.subType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Syria");
        assertThat(e.actor2().name()).isEqualTo("Civilians (Syria)");
        assertThat(e.place().place()).isEqualTo(MAARET);
        assertThat(e.geoPrecision()).isEqualTo(1);
        assertThat(e.date()).isEqualTo("2019-07-22");
        assertThat(e.fatalities()).isEqualTo(23);
        assertThat(e.claimedBy()).isEqualTo("activists");
    }

    @Test
    void namesAKnownGroupByItsCanonicalName() {
        String text = "Islamic State militants clashed with army troops near Maarat al-Numan.";
        Entity is = new Entity("organization-islamic-state", "Islamic State", EntityType.ORGANIZATION, "armed group");
        Event e = single(text, List.of(place(text, "Maarat al-Numan", MAARET)), List.of(),
                List.of(new LinkedMention(mention(text, "Islamic State", EntityType.ORGANIZATION), is)));
        assertThat(e.type().label()).isEqualTo("Battles");
        assertThat(e.actor1().name()).isEqualTo("Islamic State");
        assertThat(e.actor1().entity()).isEqualTo("organization-islamic-state");
        assertThat(e.geoPrecision()).isEqualTo(2);
    }

    @Test
    void codesNothingInASentenceDatedOnlyToItsDecade() {
        String text = "Government warplanes struck a market in Maarat al-Numan in the 1990s, killing 23 civilians.";
        assertThat(coder.code(annotated(text, List.of(date(text, "the 1990s", "199X"))), List.of(),
                List.of(place(text, "Maarat al-Numan", MAARET)), List.of())).isEmpty();
    }

    @Test
    void codesWhatRiotersNamedFirstDoAsARiot() {
        String text = "Palestinian rioters threw homemade explosives at Israeli forces at the entrance of the town.";
        Event e = single(text, List.of(), List.of(), List.of());
        assertThat(e.type().label()).isEqualTo("Riots");
        assertThat(e.actor1().name()).isEqualTo("Rioters (Palestine)");
    }

    @Test
    void codesNothingInAReportOfAFire() {
        // eval incidents: a slum fire's toll, told again without the fire, is no attack either
        String headline = "Fire kills nine, injures dozens in Chittagong slum.";
        String text = headline + " Officials said it killed nine people and injured at least 50 more.";
        Annotated read = new Annotated(article(text), List.of(new Sentence(new Span(0, headline.length()), 0, 0),
                new Sentence(new Span(headline.length() + 1, text.length()), 0, 0)), List.of(), List.of(), List.of());
        assertThat(coder.code(read, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void codesNothingInAStatementOfPolicy() {
        String text = "The foreign minister said talks on a new trade agreement would resume next year.";
        assertThat(coder.code(annotated(text), List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void reportsTheSentenceTheModelDoubtsWhenTheArticleReportsNothingSurer() {
        String text = "Merchants blocked the street around the market for the third consecutive day.";
        assertThat(coder.code(annotated(text), List.of(), List.of(), List.of()))
                .extracting(Event::subType).containsExactly(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void takesNoDoubtedSentenceNamingNoOneWhoActedForAnIncidentInALongArticle() {
        List<String> sentences = List.of("The market opened in 1990.", "It sells fruit, vegetables and spices.",
                "Merchants blocked the street around the market for the third consecutive day.",
                "The city council meets on Fridays.");
        String text = String.join(" ", sentences);
        List<Sentence> spans = new java.util.ArrayList<>();
        for (String s : sentences) {
            int at = text.indexOf(s);
            spans.add(new Sentence(new Span(at, at + s.length()), 0, 0));
        }
        Annotated a = new Annotated(article(text), spans, List.of(), List.of(), List.of());
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void codesNothingInAnAnnouncementThatNamesNoWeaponActOrArmedSide() {
        // eval incidents: a prize announced reads to the model as a little of many kinds of incident, none clearly
        Annotated a = article(List.of("The winners were announced in the morning.",
                "On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel Prize in "
                        + "Physics in Stockholm, Sweden.",
                "The prize is worth nine million kronor.", "It will be handed over in December."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void codesNothingInASentenceWithoutViolenceThatTheModelFindsLikelierNoIncident() {
        // eval incidents: a rule imposed reads to the model as a change to a group at 0.36, no incident at 0.56
        Annotated a = article(List.of("On Thursday, the archbishop imposed a rule requiring priests to report abuse to "
                        + "the church authorities.", "The rule takes effect in January.",
                "The diocese has about 300 parishes.", "It is the oldest in the country."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void codesNoArrestOfTheDriverInAReportOfACrash() {
        // eval incidents: ACLED codes no ordinary law enforcement after an accident
        Annotated a = article(List.of("Bus carrying children overturns, at least seven die.",
                "The bus overturned on a highway on Sunday.", "Seven children died at the scene.",
                "Police have opened a criminal case against the driver and detained him for questioning."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void takesNoDoubtedSentenceWithoutAWeaponActOrArmedSideInALongArticle() {
        // eval incidents: a contest's headline, its students read as a crowd
        Annotated a = article(List.of("Students compete in second international Neurosurgery Olympiad in Tyumen, Russia",
                "The contest lasted three days.", "Teams came from twelve countries.", "The next one is in May."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void takesNoDoubtedSentenceFromDeepInALongArticleWhoseHeadTellsNoViolence() {
        // eval incidents: an interview recalls an attack in passing; a report would tell it at its head
        Annotated a = article(List.of("Director's new film opens in Paris.", "It runs for two hours.",
                "Critics praised its music.", "In his youth he saw gunmen attack the village."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void takesADoubtedSentenceFromDeepInALongArticleWhoseHeadTellsViolence() {
        Annotated a = article(List.of("Director's new film opens in Paris.", "Its hero is a former militant.",
                "Critics praised its music.", "In his youth he saw gunmen attack the village."));
        assertThat(coder.code(a, List.of(), List.of(), List.of())).extracting(Event::subType)
                .containsExactly(SubEventType.ATTACK);
    }

    @Test
    void reportsNothingInAnArticleWhoseOnlySentenceTheModelFindsNoKindOfIncidentIn() {
        String text = "Body with <script>alert('body')</script> and an img <img src=x onerror=alert(1)> in Aleppo, "
                + "said Kristen Gillespie.";
        assertThat(coder.code(annotated(text), List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void reportsTheSameIncidentTwiceAsOneEvent() {
        String text = "Air strikes kill 12 in Maarat al-Numan. Government air strikes killed 12 people in Maarat al-Numan.";
        int second = text.indexOf("Government");
        Annotated a = new Annotated(article(text), List.of(new Sentence(new Span(0, second - 1), 0, 0),
                new Sentence(new Span(second, text.length()), 0, 0)), List.of(), List.of(), List.of());
        List<PlaceMention> places = List.of(place(text, "Maarat al-Numan", MAARET),
                new PlaceMention(new Span(text.lastIndexOf("Maarat"), text.lastIndexOf("Maarat") + 15),
                        "Maarat al-Numan", MAARET, PlaceRole.SETTING, 0.9));
        assertThat(coder.code(a, List.of(), places, List.of())).hasSize(1);
    }

    @Test
    void armedPeopleOpeningFireOnAGroupOfPeopleIsNoDemonstration() {
        String text = "Four members of a drug trafficking group opened fire against a group of people in the "
                + "neighborhood. A man and a woman were killed.";
        Event e = single(text, List.of(), List.of(), List.of());
        assertThat(e.type().label()).isNotIn("Protests", "Riots");
        assertThat(e.actor1().name()).isEqualTo("Unidentified Gang");
    }

    @Test
    void namesACrowdAfterTheNationalityItsArticleGivesWhenTheArticlePlacesNothing() {
        String text = "Activists from the Association for Lebanese depositors held a protest outside the police "
                + "station to demand the release of a depositor.";
        Event e = single(text, List.of(), List.of(), List.of());
        assertThat(e.actor1().name()).isEqualTo("Protesters (Lebanon)");
    }

    @Test
    void codesAnAttackItsSentenceGivesNoMeansWithTheMeansTheArticleTells() {
        Annotated a = article(List.of("Syrian children killed in school attack",
                "Rebel shelling with mortars and rockets killed seven children at a school on Monday."));
        String text = a.article().text();
        a = new Annotated(a.article(), a.sentences(), List.of(), List.of(), List.of(date(text, "Monday", "2019-07-22")));
        List<Event> events = coder.code(a, List.of(), List.of(), List.of());
        assertThat(events).hasSize(2).extracting(Event::subType)
                .containsOnly(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void takesTheSourceOfAnEventInACaptionFromTheStatementOfThatCaption() {
        String caption = "Government warplanes struck a market in Maarat al-Numan, killing 23 civilians, the military said.";
        Event e = singleInCaption(caption, statement(caption, "Government warplanes", "the military", 0));
        assertThat(e.caption()).isZero();
        assertThat(e.claimedBy()).isEqualTo("the military");
    }

    @Test
    void takesNoSourceForAnEventInACaptionFromAStatementOfTheTextAtTheSameOffsets() {
        String caption = "Government warplanes struck a market in Maarat al-Numan, killing 23 civilians, the military said.";
        Event e = singleInCaption(caption, statement(caption, "Government warplanes", "activists", null));
        assertThat(e.claimedBy()).isEqualTo("the military");
    }

    /** The one event of an article whose text reports nothing and whose one caption is {@code caption}. */
    private Event singleInCaption(String caption, AttributedQuote statement) {
        String text = "The city's markets reopened after the holiday.";
        Article article = new Article(null, "", List.of(), LocalDate.of(2019, 7, 23), null, null, List.of(caption),
                List.of(text), "en");
        Annotated a = new Annotated(article, List.of(new Sentence(new Span(0, text.length()), 0, 0)), List.of(),
                List.of(), List.of());
        List<Event> events = coder.code(a, List.of(), List.of(), List.of(statement));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** A statement from {@code words} of {@code caption} credited to {@code speaker}, in caption {@code in} or the text. */
    private static AttributedQuote statement(String caption, String words, String speaker, Integer in) {
        Span content = new Span(caption.indexOf(words), caption.indexOf(words) + words.length());
        Speaker who = new Speaker(new Span(0, 0), speaker, null, null, null, SpeakerBasis.DESCRIPTION);
        return new AttributedQuote(new Quote(content, words, QuoteKind.REPORTED, who, null, "said", null, null, 0.9, in),
                null);
    }

    private Event single(String text, List<PlaceMention> places, List<DateExpression> dates,
                         List<LinkedMention> entities) {
        Annotated a = new Annotated(article(text), List.of(new Sentence(new Span(0, text.length()), 0, 0)), List.of(),
                entities.stream().map(LinkedMention::mention).toList(), dates);
        List<Event> events = coder.code(a, entities, places, List.of());
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** An article of {@code sentences}, joined by spaces, each its own sentence. */
    private static Annotated article(List<String> sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> spans = new java.util.ArrayList<>();
        for (String s : sentences) {
            int at = text.indexOf(s);
            spans.add(new Sentence(new Span(at, at + s.length()), 0, 0));
        }
        return new Annotated(article(text), spans, List.of(), List.of(), List.of());
    }

    private static Annotated annotated(String text) {
        return annotated(text, List.of());
    }

    private static Annotated annotated(String text, List<DateExpression> dates) {
        return new Annotated(article(text), List.of(new Sentence(new Span(0, text.length()), 0, 0)), List.of(),
                List.of(), dates);
    }

    private static Article article(String text) {
        return new Article(null, "", List.of(), LocalDate.of(2019, 7, 23), null, null, List.of(), List.of(text), "en");
    }

    private static PlaceMention place(String text, String name, Place place) {
        int at = text.indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }

    private static DateExpression date(String text, String words, String value) {
        int at = text.indexOf(words);
        return new DateExpression(new Span(at, at + words.length()), words, value);
    }

    private static Mention mention(String text, String words, EntityType type) {
        int at = text.indexOf(words);
        return new Mention(new Span(at, at + words.length()), words, type);
    }
}
