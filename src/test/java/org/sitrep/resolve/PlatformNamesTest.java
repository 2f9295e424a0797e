package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.Span;

class PlatformNamesTest {
    private static Mention tagged(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(new Span(at, at + name.length()), name, type);
    }

    @Test
    void typesAPlatformAfterOnOrViaAnOrganisation() {
        String text = "The bishop said this on Twitter: the attack was cruel.";
        List<Mention> out = PlatformNames.typed(text, List.of(tagged(text, "Twitter", EntityType.LOCATION)));
        assertThat(out).extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void typesAPlatformBeforeChannelAnOrganisation() {
        String text = "He posted it to a Telegram channel on Monday.";
        List<Mention> out = PlatformNames.typed(text, List.of(tagged(text, "Telegram", EntityType.PERSON)));
        assertThat(out).extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void keepsTheTaggersTypeOfAPlatformNameElsewhere() {
        String text = "Facebook Kelly met him in Dublin.";
        List<Mention> in = List.of(tagged(text, "Facebook Kelly", EntityType.PERSON));
        assertThat(PlatformNames.typed(text, in)).isEqualTo(in);
    }
}
