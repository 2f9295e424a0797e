package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.core.Place;
import org.sitrep.core.Span;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.PlaceResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "geocode", mixinStandardHelpOptions = true,
        header = "Resolves place names in texts given as JSON lines to coordinates and GeoNames ids.",
        description = "Reads JSON lines {\"id\", \"text\", \"spans\": [[begin, end], ...]} on standard input (the spans are "
                + "place names, UTF-16 offsets into text) and writes {\"id\", \"places\": [{\"begin\", \"end\", \"name\", \"lat\", "
                + "\"lon\", \"geonameid\", \"country\"}]} per line: each name resolved in the context of the whole text; a name "
                + "the gazetteer does not know (a street, a stadium) is placed at the text's main place, with geonameid null; "
                + "a name is left out only when the text names no known place. A bad line gets one error line, the rest go on.")
final class GeocodeCommand implements Callable<Integer> {
    /** One input line. */
    record Request(String id, String text, List<List<Integer>> spans) {
    }

    /** One place in the output, as the export contract names its fields. */
    record Resolved(int begin, int end, String name, double lat, double lon, Long geonameid, String country) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static List<Resolved> places(PlaceResolver resolver, Request r, int lineNumber) {
        String origin = "stdin line " + lineNumber;
        if (r.text() == null) {
            throw new InputException(origin, "\"text\" is missing");
        }
        List<Span> spans = new ArrayList<>();
        for (List<Integer> s : r.spans() == null ? List.<List<Integer>>of() : r.spans()) {
            if (s == null || s.size() != 2 || s.get(0) == null || s.get(1) == null || s.get(0) < 0 || s.get(1) < s.get(0)
                    || s.get(1) > r.text().length()) {
                throw new InputException(origin, "each span must be [begin, end] with 0 <= begin <= end <= "
                        + r.text().length() + " (the text's length); got: " + s);
            }
            spans.add(new Span(s.get(0), s.get(1)));
        }
        List<Resolved> out = new ArrayList<>();
        for (PlaceResolver.Resolution res : resolver.resolveGiven(r.text(), spans)) {
            Place p = res.place();
            if (p != null) {
                out.add(new Resolved(res.span().begin(), res.span().end(), p.name(), p.lat(), p.lon(), p.geonameId(),
                        p.country().isEmpty() ? null : p.country()));
            }
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        PlaceResolver resolver = new PlaceResolver(GeoNamesGazetteer.shared());
        boolean failed = false;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Request r = Json.read("stdin line " + lineNumber, line, Request.class);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", r.id());
                result.put("places", places(resolver, r, lineNumber));
                out.println(Json.write(result));
            } catch (InputException e) {
                failed = true;
                err.println("sitrep: " + e.getMessage());
            }
        }
        out.flush();
        return failed ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
}
