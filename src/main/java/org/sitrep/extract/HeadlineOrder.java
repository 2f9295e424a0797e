package org.sitrep.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page body's elements in page order and the place of the first that writes the headline, walked on first use and
 * kept: the date sources that weigh a date line by its distance from the headline ({@link PublishedDate}'s dated
 * elements, {@link MastheadDay}) read the same order, and each walk reads the text of every element of the page.
 */
final class HeadlineOrder {
    private final Document doc;
    private final String headline;
    private List<Element> elements;
    private Map<Element, Integer> places;
    private int headlineAt = -1;

    HeadlineOrder(Document doc, String headline) {
        this.doc = doc;
        this.headline = headline;
    }

    /** The body's elements in page order; empty when the page has no body. */
    List<Element> elements() {
        walk();
        return elements;
    }

    /**
     * The place in {@link #elements()} of the first element that writes the headline ({@link PublishedDate#writesHeadline});
     * -1 when there is no headline, no body, or no element writes it.
     */
    int headlineAt() {
        walk();
        return headlineAt;
    }

    /** The element's place in {@link #elements()}; {@code Integer.MAX_VALUE / 2} for an element outside the body. */
    int placeOf(Element e) {
        walk();
        return places.getOrDefault(e, Integer.MAX_VALUE / 2);
    }

    private void walk() {
        if (elements != null) {
            return;
        }
        elements = doc.body() == null ? List.of() : doc.body().getAllElements();
        places = new IdentityHashMap<>();
        boolean hasHeadline = headline != null && !headline.isBlank();
        for (Element e : elements) {
            places.put(e, places.size());
            if (hasHeadline && headlineAt < 0 && PublishedDate.writesHeadline(e.text(), headline)) {
                headlineAt = places.size() - 1;
            }
        }
    }
}
