package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = {"Reads JSON lines {\"id\", \"text\", \"spans\": [[begin, end], ...]} on standard input and writes",
                "{\"id\", \"places\": [...]} per line. No gazetteer ships yet, so places are empty: this version checks",
                "the input and keeps the output format."})
final class GeocodeCommand implements Callable<Integer> {
    /** One input line. */
    record Request(String id, String text, List<List<Integer>> spans) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        err.println("sitrep: geocode: no gazetteer is installed yet; every line gets an empty list of places");
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
                result.put("places", List.of());
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
