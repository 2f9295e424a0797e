package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.core.Correction;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;
import org.sitrep.pipeline.Records;
import org.sitrep.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "entities", mixinStandardHelpOptions = true,
        header = "Corrects entities: merge, split, rename, retype.",
        subcommands = {EntitiesCommand.Merge.class, EntitiesCommand.Rename.class, EntitiesCommand.Retype.class,
                EntitiesCommand.Split.class, EntitiesCommand.Corrections.class},
        description = "Corrects entities: merge, split, rename, retype. Corrections are kept apart from extracted facts "
                + "and applied again whenever articles are ingested or processed again. While a server runs on the data "
                + "directory, it makes the corrections asked here.")
final class EntitiesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: merge, rename, retype, split, corrections");
    }

    /** A correction as one tab-separated line: id, kind, entity, target, value; absent fields are empty columns. */
    static String line(Correction c) {
        return c.id() + "\t" + c.kind().label() + "\t" + c.entityId() + "\t" + (c.target() == null ? "" : c.target())
                + "\t" + (c.value() == null ? "" : c.value());
    }

    /**
     * Runs one correction and reports it (as {@link #line}), or the reason it was refused. When a server runs on the
     * data directory, the server makes the correction (it owns the index the correction changes), asked as the entity
     * page's API asks: {@code request} holds the correction's fields.
     */
    static int correct(CommandLine.Model.CommandSpec spec, DataOption data, String id, Map<String, Object> request,
                       java.util.function.Function<Workspace, Correction> action) {
        var err = spec.commandLine().getErr();
        DirectoryAccess.Way way = DirectoryAccess.reach(data, err);
        try {
            Correction c = way.server() != null ? handOver(way.server(), data, id, request, err) : correctHere(way.workspace(), action);
            spec.commandLine().getOut().println(line(c));
            return CommandLine.ExitCode.OK;
        } catch (InputException | ServerClient.Refused e) {
            err.println("sitrep: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    private static Correction correctHere(Workspace opened, java.util.function.Function<Workspace, Correction> action) {
        try (Workspace w = opened) {
            return action.apply(w);
        }
    }

    private static Correction handOver(ServerClient server, DataOption data, String id, Map<String, Object> request, java.io.PrintWriter err) {
        err.println("sitrep: a server runs on " + data.dir + " (" + server.url() + ", pid " + server.pid() + "); it makes the correction");
        err.flush();
        Map<?, ?> made = server.send("POST", "/api/v1/entities/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "/corrections", request);
        return new Correction(made.get("id") instanceof Number n ? n.longValue() : 0, Correction.Kind.parse(text(made.get("kind"))),
                text(made.get("entity_id")), text(made.get("target")), text(made.get("value")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A correction's fields as the server's API takes them. */
    private static Map<String, Object> request(String kind, String field, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put(field, value);
        return m;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges entity FROM into entity INTO.")
    static final class Merge implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "INTO")
        String into;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return correct(spec, data, from, request("merge", "into", into), w -> w.correct(c -> c.merge(from, into)));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives an entity another canonical name.")
    static final class Rename implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return correct(spec, data, id, request("rename", "name", name), w -> w.correct(c -> c.rename(id, name)));
        }
    }

    @Command(name = "retype", mixinStandardHelpOptions = true, description = "Changes an entity's type (PERSON, ORGANIZATION, LOCATION, MISC).")
    static final class Retype implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "TYPE")
        String type;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EntityType t = EntityType.parse(type).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "TYPE must be one of PERSON, ORGANIZATION, LOCATION, MISC; got: " + type));
            return correct(spec, data, id, request("retype", "type", t.name()), w -> w.correct(c -> c.retype(id, t)));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Moves the mentions written SPELLING out of entity ID into a new entity.")
    static final class Split implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "SPELLING")
        String spelling;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return correct(spec, data, id, request("split", "spelling", spelling), w -> w.correct(c -> c.split(id, spelling)));
        }
    }

    @Command(name = "corrections", mixinStandardHelpOptions = true, description = "Lists the corrections made, oldest first.")
    static final class Corrections implements Callable<Integer> {
        @Mixin
        DataOption data;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            // The database alone, so the list also reads while a server owns the data directory's index.
            try (Records w = data.records()) {
                for (Correction c : w.corrections().list()) {
                    spec.commandLine().getOut().println(line(c));
                }
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
