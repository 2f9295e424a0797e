package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.AttributedQuote;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Mention;
import org.sitrep.core.PageRequest;
import org.sitrep.core.Processed;
import org.sitrep.core.Quote;
import org.sitrep.core.QuoteKind;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Speaker;
import org.sitrep.core.SpeakerBasis;

/** Issue 15: a statement whose speaker was found too loosely is kept, but not credited to that speaker's entity. */
class UnsureSpeakerTest {
    private static final String BODY = "Kamal Haddad runs a bakery in Aleppo. \"We have bread for a week,\" said Kamal Haddad. "
            + "The city was shelled for a month. \"Nothing is left,\" he said.";
    private static final Entity HADDAD = new Entity("person-kamal-haddad", "Kamal Haddad", EntityType.PERSON, null);

    @RegisterExtension
    final StoreOnDisk disk = new StoreOnDisk();

    static Processed article() {
        Article a = new Article("https://bakery.example/1", "Bread in Aleppo", List.of(), LocalDate.of(2016, 3, 5), "Alpha",
                null, List.of(), List.of(BODY), "en", null, null);
        String text = a.text();
        int name = text.indexOf("Kamal Haddad");
        int second = text.indexOf("Kamal Haddad", name + 1);
        int he = text.indexOf(" he said") + 1;
        Mention first = new Mention(new Span(name, name + 12), "Kamal Haddad", EntityType.PERSON);
        Mention named = new Mention(new Span(second, second + 12), "Kamal Haddad", EntityType.PERSON);
        Quote sure = quote(text, "We have bread for a week", new Speaker(named.span(), "Kamal Haddad", named, null, null, SpeakerBasis.NAME));
        Quote unsure = quote(text, "Nothing is left", new Speaker(new Span(he, he + 2), "he", first, null, null,
                SpeakerBasis.PRONOUN_LAST_NAMED));
        Annotated ann = new Annotated(a, List.of(new Sentence(new Span(0, text.length()), 0, 1)), List.of(), List.of(first, named), List.of());
        return new Processed("test", ann, List.of(new LinkedMention(first, HADDAD), new LinkedMention(named, HADDAD)),
                List.of(new AttributedQuote(sure, HADDAD), new AttributedQuote(unsure, HADDAD)), List.of(), List.of(), List.of());
    }

    private static Quote quote(String text, String words, Speaker speaker) {
        int at = text.indexOf(words);
        return new Quote(new Span(at, at + words.length()), words, QuoteKind.DIRECT, speaker, null, "said", null, null);
    }

    @Test
    void keepsTheSpeakersBasisSoAnUnsureStatementReadsBackUnsure() {
        String id = disk.store().save(article()).id();
        List<AttributedQuote> quotes = disk.store().find(id).orElseThrow().quotes();
        assertThat(quotes).extracting(q -> q.quote().speaker().shown()).containsExactly(true, false);
        assertThat(quotes.get(1).quote().speaker().basis()).isEqualTo(SpeakerBasis.PRONOUN_LAST_NAMED);
    }

    @Test
    void creditsTheEntityOnlyWithStatementsWhoseSpeakerIsSure() {
        disk.store().save(article());
        var credited = disk.store().statementsBy(HADDAD.id(), new PageRequest(1, 20)).items();
        assertThat(credited).extracting(h -> h.quote().quote().text()).containsExactly("We have bread for a week");
    }

    @Test
    void keepsTheStatementsProbabilitySoWordsThatMayBeNoStatementReadBackUnsure() {
        Processed p = article();
        var quotes = p.quotes();
        Processed weighed = new Processed(p.origin(), p.annotated(), p.entities(), List.of(quotes.get(0),
                new AttributedQuote(quotes.get(1).quote().withProbability(0.72), HADDAD)), p.places(), p.events(), p.warnings());
        String id = disk.store().save(weighed).id();
        List<AttributedQuote> read = disk.store().find(id).orElseThrow().quotes();
        assertThat(read).extracting(q -> q.quote().probability()).containsExactly(null, 0.72);
        assertThat(read).extracting(q -> q.quote().sure()).containsExactly(true, false);
    }
}
