package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.Entity;
import org.sitrep.core.EntityType;
import org.sitrep.core.LinkedMention;

/**
 * A name in a wire story's credit line is a journalist's ("Reporting by Hugh Bronstein in Bogota; Writing by Frank Jack
 * Daniel; editing by Bill Trott and Todd Eastham"): a person, whatever the tagger said, which took "Frank Jack Daniel"
 * for a company. Entities of the knowledge base keep their type.
 */
final class CreditNames {
    /** A credit right before the name, or "and" after a credit's first name. */
    private static final Pattern CREDIT = Pattern.compile("(?i)(?:reporting|writing|editing)"
            + " by(?: [^;,()\\n]{1,40} and)?\\s+$");
    private static final int LOOKBEHIND_CHARS = 60;
    /**
     * A line that opens as a credit or a byline does ("(Reporting by", "— Editing by", "By Jane Doe"): its capitals are
     * the names it credits, not a headline's style.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("^[\\s(\\[\\p{Pd}]*(?i:(?:(?:additional )?(?:reporting|writing"
            + "|editing|compiled|produced)(?: and \\w+)? )?by)\\s+\\p{Lu}");

    private CreditNames() {
    }

    /** Whether {@code line} opens as a credit or byline ("(Reporting by Adrian Croft, Editing by Luke Baker)"). */
    static boolean isCreditLine(String line) {
        return CREDIT_LINE.matcher(line).find();
    }

    /** The mentions with the tagger's names in credit lines typed as people, in the order given. */
    static List<LinkedMention> typed(String text, List<LinkedMention> linked) {
        List<LinkedMention> out = new ArrayList<>(linked.size());
        for (LinkedMention m : linked) {
            Entity e = m.entity();
            int begin = m.mention().span().begin();
            if (e.kind() == null && e.type() != EntityType.PERSON && e.name().contains(" ")
                    && CREDIT.matcher(text.substring(Math.max(0, begin - LOOKBEHIND_CHARS), begin)).find()) {
                out.add(new LinkedMention(m.mention(), EntityKeys.unknown(EntityType.PERSON, e.name())));
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
