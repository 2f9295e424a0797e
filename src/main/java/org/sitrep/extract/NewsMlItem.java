package org.sitrep.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A wire item's NewsML envelope left in the page that shows it: sites that set an agency's feed as it came (AFP's
 * stories on Google's hosted news, 2008) keep the item's {@code <NewsManagement>} in a span, and with it the
 * moment the agency first created the item, the page's only date where the page shows "1 hour ago".
 */
final class NewsMlItem {
    private NewsMlItem() {
    }

    /**
     * NewsML's elements of the item's moments, the first creation before the envelope's sending (a later revision's);
     * the HTML parser reads their names in lower case.
     */
    private static final List<String> MOMENTS = List.of("firstcreated", "dateandtime");
    /** NewsML writes its moments in ISO 8601's basic form: "20080118T105102Z", "20080118T105102+0100". */
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d\\d)(\\d\\d)T(\\d\\d)(\\d\\d)(\\d\\d)(Z|[+-]\\d{4})");

    /**
     * The moment the item was first created, else the envelope's, as an ISO 8601 date-time in the extended form
     * ("2008-01-18T10:51:02Z"); {@code null} when the page holds no NewsML item or its moment is not in the basic form.
     */
    static String created(Document doc) {
        for (String moment : MOMENTS) {
            Element e = doc.selectFirst(moment);
            Matcher m = e == null ? null : BASIC.matcher(e.text().strip());
            if (m != null && m.matches()) {
                return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":" + m.group(6)
                        + m.group(7);
            }
        }
        return null;
    }
}
