package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitrep.core.Span;

/**
 * A geoparsing corpus in the XML of Gritta et al.'s "Pragmatic Guide" (LGL and GeoWebNews): articles with their
 * text and gold toponyms (span, GeoNames id, coordinates). LGL keeps its coordinates in a {@code gaztag}, GeoWebNews
 * in {@code latitude}/{@code longitude}; toponyms without coordinates (GeoWebNews' non-literal expressions) are
 * kept, with {@code lat} NaN, for recognition scores.
 */
public final class GeoCorpus {

    /** A gold toponym; {@code geonameId} null when the gold gives none, {@code lat}/{@code lon} NaN when none. */
    public record Toponym(Span span, String name, Long geonameId, double lat, double lon) {
        public boolean hasCoordinates() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    /** An article; {@code domain} is its outlet's host name or web address (LGL gives the host, GeoWebNews the
     * address), null when the corpus gives neither. */
    public record GeoDocument(String id, String text, List<Toponym> toponyms, String domain) {
    }

    private GeoCorpus() {
    }

    /**
     * Reads every article of the file; toponyms whose span does not match the text are dropped.
     *
     * @throws IOException when the file cannot be read or is not such XML
     */
    public static List<GeoDocument> read(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<GeoDocument> docs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = f.createXMLStreamReader(in, "UTF-8");
            String docId = null;
            String text = null;
            String domain = null;
            List<Map<String, String>> toponyms = new ArrayList<>();
            Map<String, String> toponym = null;
            int number = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "article" -> {
                            docId = x.getAttributeValue(null, "docid");
                            if (docId == null) {
                                docId = x.getAttributeValue(null, "file");
                            }
                            if (docId == null) {
                                docId = Integer.toString(number);
                            }
                            number++;
                            text = null;
                            domain = null;
                            toponyms = new ArrayList<>();
                        }
                        case "toponym" -> toponym = new HashMap<>();
                        case "text" -> text = x.getElementText();
                        case "domain", "link" -> domain = x.getElementText().strip();
                        case "gaztag" -> {
                            if (toponym != null) {
                                toponym.put("geonamesID", x.getAttributeValue(null, "geonameid"));
                            }
                        }
                        case "start", "end", "phrase", "extractedName", "geonamesID", "latitude", "longitude", "lat", "lon" -> {
                            if (toponym != null) {
                                toponym.put(name, x.getElementText().strip());
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("toponym") && toponym != null) {
                        toponyms.add(toponym);
                        toponym = null;
                    } else if (x.getLocalName().equals("article") && text != null) {
                        docs.add(new GeoDocument(docId, text, toponyms(text, toponyms), domain));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not a geoparsing corpus: " + e.getMessage(), e);
        }
        return docs;
    }

    private static List<Toponym> toponyms(String text, List<Map<String, String>> raw) {
        List<Toponym> out = new ArrayList<>();
        for (Map<String, String> t : raw) {
            try {
                int begin = Integer.parseInt(t.get("start"));
                int end = Integer.parseInt(t.get("end"));
                if (begin < 0 || end > text.length() || end <= begin) {
                    continue;
                }
                String id = t.get("geonamesID");
                double lat = number(t.getOrDefault("lat", t.get("latitude")));
                double lon = number(t.getOrDefault("lon", t.get("longitude")));
                out.add(new Toponym(new Span(begin, end), text.substring(begin, end),
                        id == null || id.isBlank() ? null : Long.parseLong(id.strip()), lat, lon));
            } catch (NumberFormatException e) {
                // a toponym without usable offsets is left out of both the gold and the scores
            }
        }
        out.sort(Comparator.comparing(Toponym::span));
        return out;
    }

    private static double number(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.strip());
    }
}
