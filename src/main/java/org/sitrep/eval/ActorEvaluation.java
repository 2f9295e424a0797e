package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.nio.file.Path;
import org.sitrep.core.Hints;
import org.sitrep.core.InputException;
import org.sitrep.core.LinkedMention;
import org.sitrep.core.Processed;
import org.sitrep.core.RawPage;
import org.sitrep.ingest.FileSource;
import org.sitrep.ingest.Limits;
import org.sitrep.pipeline.Pipeline;

/**
 * Actor linking on FA-KES: for each article whose crowd-coded {@code actor} class its text names, is one of its
 * mentions linked to a knowledge-base entity of that class? "Names" is checked with a word list per class written
 * independently of the knowledge base (below), so the check does not only repeat the knowledge base's own aliases.
 */
public final class ActorEvaluation {
    /** A FA-KES actor class: the words that name it, and the knowledge-base entities that are it. */
    private record ActorClass(Pattern named, Set<String> entities) {
    }

    private static final Map<String, ActorClass> CLASSES = Map.of(
            "syrian government or russian troops", new ActorClass(
                    Pattern.compile("(?i)\\b(regime|government|syrian (army|troops|forces|warplanes|jets|air ?force|military)|assad|russian?)\\b"),
                    Set.of("organization-syrian-arab-army", "organization-syrian-government", "organization-syrian-arab-air-force",
                            "organization-russian-armed-forces", "organization-russian-government", "person-bashar-al-assad",
                            "organization-national-defence-forces", "organization-republican-guard", "organization-tiger-forces",
                            "person-vladimir-putin", "organization-fourth-armoured-division", "organization-hezbollah")),
            "the organization of the islamic state in iraq and the levant - isis", new ActorClass(
                    Pattern.compile("(?i)\\b(isis|isil|daesh|islamic state|IS)\\b"), Set.of("organization-islamic-state")),
            "international coalition forces", new ActorClass(
                    Pattern.compile("(?i)\\bcoalition\\b"),
                    Set.of("organization-international-coalition", "organization-united-states-armed-forces",
                            "organization-french-armed-forces", "organization-british-armed-forces")),
            "armed opposition groups", new ActorClass(
                    Pattern.compile("(?i)\\b(rebels?|opposition|insurgents|militants|free syrian army|fsa|jaish|jaysh|ahrar|faylaq|failaq|brigade)\\b"),
                    Set.of("organization-armed-opposition-groups", "organization-free-syrian-army", "organization-jaysh-al-islam",
                            "organization-ahrar-al-sham", "organization-jaish-al-fatah", "organization-faylaq-al-sham",
                            "organization-failaq-al-rahman", "organization-syrian-national-army", "organization-nour-al-din-al-zenki-movement",
                            "organization-jaish-al-mujahideen", "organization-southern-front", "organization-jaysh-al-izza")),
            "self administration forces", new ActorClass(
                    Pattern.compile("(?i)\\b(sdf|ypg|ypj|kurdish|self.administration|syrian democratic forces)\\b"),
                    Set.of("organization-syrian-democratic-forces", "organization-people-s-protection-units",
                            "organization-women-s-protection-units", "organization-autonomous-administration-of-north-and-east-syria",
                            "organization-asayish")),
            "al-nusra front", new ActorClass(
                    Pattern.compile("(?i)\\b(nusra|fateh al.sham|fatah al.sham|tahrir al.sham|hts)\\b"),
                    Set.of("organization-jabhat-al-nusra", "organization-jabhat-fateh-al-sham", "organization-hayat-tahrir-al-sham")));

    private final Pipeline pipeline;
    private final Consumer<Figure> out;

    public ActorEvaluation(Pipeline pipeline, Consumer<Figure> out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    public void faKes(Path csv) {
        // Rows that cannot be read are not scored.
        List<RawPage> pages = new FileSource(Limits.DEFAULT).pages(List.of(csv), Hints.NONE, problem -> { });
        List<String> actors = ActorColumn.read(csv);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < pages.size() && i < actors.size(); i++) {
            ActorClass c = CLASSES.get(actors.get(i).toLowerCase(Locale.ROOT).strip());
            if (c == null) {
                continue;
            }
            Processed p;
            try {
                p = pipeline.process(pages.get(i));
            } catch (InputException e) {
                continue;
            }
            String text = p.article().text();
            int[] n = counts.computeIfAbsent(actors.get(i), k -> new int[3]);
            n[0]++;
            if (c.named().matcher(text).find()) {
                n[1]++;
                boolean linked = p.entities().stream().map(LinkedMention::entity).anyMatch(e -> c.entities().contains(e.id()));
                n[2] += linked ? 1 : 0;
            }
        }
        int named = 0;
        int linked = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            out.accept(new Figure("fa-kes actor '" + e.getKey() + "' articles (" + n[1] + " naming it, " + n[2] + " linked)", n[0]));
            out.accept(new Figure("fa-kes actor '" + e.getKey() + "' linked where named", n[1] == 0 ? 0 : (double) n[2] / n[1]));
            named += n[1];
            linked += n[2];
        }
        out.accept(new Figure("fa-kes actors linked where named, all classes (" + linked + " of " + named + ")",
                named == 0 ? 0 : (double) linked / named));
    }
}
