package org.sitrep.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * The labels of the host a page says it lives on ("blog.engora.com" gives "blog", "engora"), from its canonical link,
 * its social URL or where it was read from: site names are often the host written out ("Engora Data Blog",
 * "davidbau.com").
 */
record SiteHost(List<String> labels) {
    /** Labels shorter than this ("bbc" aside) match too many words to name a site. */
    private static final int MIN_LABEL = 4;
    static final SiteHost NONE = new SiteHost(List.of());

    static SiteHost of(Document doc, PageMeta meta) {
        for (String u : new String[] {meta.canonical(), meta.content("og:url"), doc.location()}) {
            if (u == null || u.isBlank()) {
                continue;
            }
            try {
                String host = URI.create(u.strip()).getHost();
                if (host != null) {
                    String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
                    List<String> labels = new ArrayList<>();
                    // The last label is the domain's ending ("com", "uk"), no name.
                    for (int i = 0; i < parts.length - 1; i++) {
                        if (parts[i].length() >= MIN_LABEL && !parts[i].equals("www")) {
                            labels.add(parts[i]);
                        }
                    }
                    return new SiteHost(List.copyOf(labels));
                }
            } catch (IllegalArgumentException e) {
                // Not a URL (a file path, a typo): the next one may be.
            }
        }
        return NONE;
    }

    /** Whether the text is the host's name alone, with or without its ending: "davidbau.com", "Davidbau". */
    boolean isNamedBy(String text) {
        String compact = compact(text);
        return labels.stream().anyMatch(l -> compact.startsWith(l) && compact.length() - l.length() <= 3);
    }

    /** Whether the text writes the host's name within it, or is part of it: "UC Davis Children's Hospital". */
    boolean isIn(String text) {
        String compact = compact(text);
        return compact.length() >= MIN_LABEL && labels.stream().anyMatch(l -> compact.contains(l) || l.contains(compact));
    }

    private static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
