package org.sitrep.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.DateExpression;
import org.sitrep.core.SocialPlatforms;
import org.sitrep.core.Span;

/**
 * Where and when a statement was made, as its sentence tells: the medium ("told The Daily Telegraph", "wrote in an
 * op-ed in The Washington Post", "in a November 10 article in Al Monitor", "on Twitter") and a day ("on November 4").
 */
final class StatementSetting {
    private static final String NAME = "(?:[\"“]([^\"”]{2,60})[\"”]|((?:The\\s+)?\\p{Lu}[\\p{L}/&.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}/&.-]*){0,4}))";
    private static final Pattern TOLD = Pattern.compile("^\\s+" + NAME);
    private static final Pattern IN_PIECE = Pattern.compile("\\b(?:in|during)\\s+(?:a|an|the|his|her|their|its)?\\s*(?:[\\w-]+\\s+){0,3}?"
            + "(?:op-ed|article|interview|column|editorial|commentary|statement|post|blog post|letter|speech|tweet|piece|"
            + "report|message|video|broadcast|essay|analysis)\\s+(?:in|for|with|on|to|published by)\\s+" + NAME);
    private static final Pattern WROTE_IN = Pattern.compile("\\b(?:wrote|writes|writing|said|told)\\s+in\\s+" + NAME);
    private static final Pattern CHANNEL = Pattern.compile("\\b(?:on|via)\\s+(" + SocialPlatforms.alternation()
            + "|state television|state TV|television|radio)\\b");
    private static final Pattern NOT_A_SAYING_DAY = Pattern.compile("(?i)(?:since|until|by|before|after|from|till)\\s+$");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private final ArticleText at;

    StatementSetting(ArticleText at) {
        this.at = at;
    }

    /**
     * The medium named in {@code sentence} for a cue, or {@code null}. Words inside {@code content} (what was said)
     * are not read.
     */
    String medium(Span sentence, Span cue, String cueWord, Span content) {
        if (SpeechCues.TELLING.contains(cueWord)) {
            Matcher told = TOLD.matcher(at.text.substring(cue.end(), sentence.end()));
            if (told.find() && !isPersonAt(cue.end() + told.start(told.group(1) != null ? 1 : 2))) {
                return name(told);
            }
        }
        for (Pattern p : List.of(IN_PIECE, WROTE_IN, CHANNEL)) {
            Matcher m = p.matcher(at.text).region(sentence.begin(), sentence.end());
            while (m.find()) {
                if (!content.overlaps(new Span(m.start(), m.end()))) {
                    return p == CHANNEL ? m.group(1) : name(m);
                }
            }
        }
        return null;
    }

    private boolean isPersonAt(int offset) {
        int t = at.firstTokenAtOrAfter(offset);
        var m = at.mention(t);
        return m != null && m.type() == org.sitrep.core.EntityType.PERSON;
    }

    private static String name(Matcher m) {
        String quoted = m.group(1);
        return (quoted != null ? quoted : m.group(2)).strip().replaceAll("[.,]+$", "");
    }

    /** The day a statement was made: a full date in its sentence, outside what was said, not after "since" and the like. */
    String saidOn(Span sentence, Span content) {
        for (DateExpression d : at.dates) {
            if (!sentence.contains(d.span()) || content.overlaps(d.span()) || d.value() == null || !DAY.matcher(d.value()).matches()) {
                continue;
            }
            String before = at.text.substring(Math.max(sentence.begin(), d.span().begin() - 8), d.span().begin());
            if (!NOT_A_SAYING_DAY.matcher(before).find()) {
                return d.value();
            }
        }
        return null;
    }
}
