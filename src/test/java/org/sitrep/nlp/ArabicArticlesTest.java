package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArabicArticlesTest {
    @Test
    void holdsTheArticleAndItsFormsBeforeSunLetters() {
        assertThat(ArabicArticles.WORDS).containsExactlyInAnyOrder("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");
    }

    @Test
    void alternationMatchesTheSameWordsAsTheSet() {
        Pattern whole = Pattern.compile("(?:" + ArabicArticles.ALTERNATION + ")");
        assertThat(ArabicArticles.WORDS).allMatch(w -> whole.matcher(w).matches());
        assertThat(Set.of(ArabicArticles.ALTERNATION.split("\\|"))).isEqualTo(ArabicArticles.WORDS);
    }

    @Test
    void alternationBeforeALetterTakesTheWholeArticle() {
        var m = Pattern.compile("^(?:" + ArabicArticles.ALTERNATION + ")").matcher("ash-Sham");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("ash");
    }

    @Test
    void addsTheCallersOwnWordsToTheArticle() {
        assertThat(ArabicArticles.and("de", "la")).contains("de", "la", "al", "ash").hasSize(11);
    }
}
