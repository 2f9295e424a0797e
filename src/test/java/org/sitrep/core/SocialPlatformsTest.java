package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SocialPlatformsTest {
    @Test
    void knowsAPlatformOnlyAsWrittenCapitalised() {
        assertThat(SocialPlatforms.isOne("Telegram")).isTrue();
        assertThat(SocialPlatforms.isOne("telegram")).isFalse();
    }

    @Test
    void alternationMatchesEveryNameAsAWholeWord() {
        Pattern p = Pattern.compile("\\bon (?:" + SocialPlatforms.alternation() + ")\\b");
        assertThat(SocialPlatforms.NAMES).allMatch(name -> p.matcher("said on " + name + " today").find());
        assertThat(p.matcher("on Xinhua").find()).isFalse();
    }
}
