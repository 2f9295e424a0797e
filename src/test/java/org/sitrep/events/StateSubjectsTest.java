package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Annotated;
import org.sitrep.core.Article;
import org.sitrep.core.Dependencies;
import org.sitrep.core.Place;
import org.sitrep.core.PlaceMention;
import org.sitrep.core.PlaceRole;
import org.sitrep.core.Sentence;
import org.sitrep.core.Span;
import org.sitrep.core.Token;

/** Country names as subjects, over parses written by hand (no CoreNLP). */
class StateSubjectsTest {
    private static final Place US = new Place(6252001, "United States", 39.76, -98.5, 'A', "PCLI", "US", "00", "", 0);
    private static final Place TURKEY = new Place(298795, "Turkey", 39.0, 35.0, 'A', "PCLI", "TR", "00", "", 0);
    private static final Place ISRAEL = new Place(294640, "Israel", 31.5, 34.75, 'A', "PCLI", "IL", "00", "", 0);

    @Test
    void takesACountryThatDoesADeedForItsStateActing() {
        // The US launched strikes .
        Annotated a = parsed("The US launched strikes .", List.of("DT", "NNP", "VBD", "NNS", "."),
                List.of(1, 2, -1, 2, 2), List.of("det", "nsubj", "root", "obj", "punct"));
        assertThat(StateSubjects.in(a, 0, List.of(place(a, "US", US))))
                .extracting(StateSubjects.Subject::doer).containsExactly(true);
    }

    @Test
    void takesACountrySayingWhatItsForcesDidForASubjectButNoDoer() {
        // Turkey said its jets struck .
        Annotated a = parsed("Turkey said its jets struck .", List.of("NNP", "VBD", "PRP$", "NNS", "VBD", "."),
                List.of(1, -1, 3, 4, 1, 1), List.of("nsubj", "root", "nmod:poss", "nsubj", "ccomp", "punct"));
        assertThat(StateSubjects.in(a, 0, List.of(place(a, "Turkey", TURKEY))))
                .extracting(StateSubjects.Subject::doer).containsExactly(false);
    }

    @Test
    void leavesACountryThatSuffersTheVerbAPlace() {
        // Israel was hit by rockets .
        Annotated a = parsed("Israel was hit by rockets .", List.of("NNP", "VBD", "VBN", "IN", "NNS", "."),
                List.of(2, 2, -1, 4, 2, 2), List.of("nsubj:pass", "aux:pass", "root", "case", "obl", "punct"));
        assertThat(StateSubjects.in(a, 0, List.of(place(a, "Israel", ISRAEL)))).isEmpty();
    }

    /** A one-sentence article of space-separated tokens {@code words} with the parse given. */
    private static Annotated parsed(String words, List<String> tags, List<Integer> heads, List<String> relations) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words.split(" ")) {
            tokens.add(new Token(new Span(at, at + w.length()), w));
            at += w.length() + 1;
        }
        Article article = new Article(null, "", List.of(), LocalDate.of(2023, 12, 1), null, null, List.of(),
                List.of(words), "en");
        return new Annotated(article, List.of(new Sentence(new Span(0, words.length()), 0, tokens.size())), tokens,
                List.of(), List.of()).withSyntax((sentence, through) -> Optional.of(
                new Dependencies(tags, heads, relations)));
    }

    private static PlaceMention place(Annotated a, String name, Place place) {
        int at = a.article().text().indexOf(name);
        return new PlaceMention(new Span(at, at + name.length()), name, place, PlaceRole.SETTING, 0.9);
    }
}
