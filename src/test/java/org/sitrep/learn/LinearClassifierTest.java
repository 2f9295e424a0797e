package org.sitrep.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;

class LinearClassifierTest {
    private static final List<String> SHIPPED = List.of("/org/sitrep/events/incident-model.tribuo",
            "/org/sitrep/geo/place-model.tribuo", "/org/sitrep/quotes/reported-model.tribuo",
            "/org/sitrep/quotes/speaker-model.tribuo", "/org/sitrep/resolve/once-named-model.tribuo");

    @Test
    void scoresEveryShippedModelExactlyAsTribuoDoes() throws IOException {
        Random random = new Random(20141112L);
        for (String resource : SHIPPED) {
            LinearClassifier classifier = LinearClassifier.load(getClass().getResourceAsStream(resource), resource);
            List<String> names = featureNames(resource);
            for (int example = 0; example < 300; example++) {
                List<String> features = new ArrayList<>(List.of(names.get(random.nextInt(names.size()))));
                int size = 1 + random.nextInt(40);
                for (int i = 0; i < size; i++) {
                    // Names the model knows, some repeated, and now and then one it does not.
                    features.add(random.nextInt(10) == 0 ? "unseen=" + i : names.get(random.nextInt(names.size())));
                }
                assertThat(classifier.scores(features)).as(resource).isEqualTo(classifier.tribuoScores(features));
            }
        }
    }

    @Test
    void refusesAsTribuoDoesAnExampleOfOnlyUnknownFeatures() {
        String resource = SHIPPED.get(0);
        LinearClassifier classifier = LinearClassifier.load(getClass().getResourceAsStream(resource), resource);
        assertThatThrownBy(() -> classifier.scores(List.of("unseen=1", "unseen=2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresATwoLabelModelItTrainedAsTribuoDoes() {
        List<Labelled> examples = List.of(new Labelled(List.of("a", "b"), "yes", "g1"),
                new Labelled(List.of("a", "c"), "yes", "g1"), new Labelled(List.of("c", "d"), "no", "g2"),
                new Labelled(List.of("d"), "no", "g2"));
        LinearClassifier classifier = LinearClassifier.train(examples, new LinearClassifier.Settings(1.0, 1));
        for (List<String> features : List.of(List.of("a"), List.of("d", "a", "d"), List.of("b", "c", "x"))) {
            assertThat(classifier.scores(features)).isEqualTo(classifier.tribuoScores(features));
        }
    }

    private List<String> featureNames(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Model<?> model = Model.deserializeFromStream(in);
            List<String> names = new ArrayList<>();
            model.getFeatureIDMap().forEach(info -> names.add(info.getName()));
            return names;
        }
    }
}
