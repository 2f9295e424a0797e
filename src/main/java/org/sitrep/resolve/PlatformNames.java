package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.EntityType;
import org.sitrep.core.Mention;
import org.sitrep.core.SocialPlatforms;

/**
 * A social platform's name after "on" or "via", or before "account", "page" or "channel" ("said this on Twitter",
 * "via Telegram", "his YouTube channel"), names the company that runs it: the tagger, reading "on" as a locative,
 * often types it a place or a person. Without such words the name may be a common word ("a telegram", "X marks"), so
 * it keeps the tagger's type.
 */
final class PlatformNames {
    private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:on|via|On|Via) $");
    private static final Pattern AFTER = Pattern.compile("^ (?:account|accounts|page|pages|channel|channels)\\b");

    private PlatformNames() {
    }

    /** The mentions in the order given, a platform's name in a channel's place typed an organisation. */
    static List<Mention> typed(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int begin = m.span().begin();
            int end = m.span().end();
            boolean channel = m.type() != EntityType.ORGANIZATION && SocialPlatforms.isOne(m.text())
                    && (BEFORE.matcher(text.substring(Math.max(0, begin - 5), begin)).find()
                    || AFTER.matcher(text.substring(end, Math.min(text.length(), end + 10))).find());
            out.add(channel ? m.withType(EntityType.ORGANIZATION) : m);
        }
        return out;
    }
}
