package org.sitrep.web;

import io.javalin.http.Context;
import java.util.Map;
import org.sitrep.core.Correction;
import org.sitrep.core.EntityType;
import org.sitrep.core.InputException;
import org.sitrep.core.Json;
import org.sitrep.pipeline.Workspace;

/**
 * Corrections of entities over HTTP, behind the write token: JSON at {@code POST /api/v1/entities/{id}/corrections}
 * ({@code Authorization: Bearer TOKEN}), and the entity page's form (the token typed into it; nothing is kept in a
 * cookie, so another site cannot make a browser send one). Without a configured token, writing is off.
 */
final class EntityCorrections {
    private final Workspace workspace;
    private final WriteAccess access;

    EntityCorrections(Workspace workspace, WriteAccess access) {
        this.workspace = workspace;
        this.access = access;
    }

    boolean writable() {
        return access.writable();
    }

    void api(Context ctx) {
        if (!allowed(ctx, WriteAccess.bearer(ctx))) {
            return;
        }
        Map<?, ?> body = (Map<?, ?>) Json.parse(ctx.body()).filter(Map.class::isInstance)
                .orElseThrow(() -> new InputException("body", "must be a JSON object like {\"kind\": \"merge\", \"into\": \"ID\"}"));
        Correction c = apply(ctx.pathParam("id"), text(body.get("kind")), text(body.get("into")), text(body.get("name")),
                text(body.get("type")), text(body.get("spelling")));
        ctx.status(201);
        Api.json(ctx, c);
    }

    void form(Context ctx) {
        if (!allowed(ctx, ctx.formParam("token"))) {
            return;
        }
        Correction c = apply(ctx.pathParam("id"), ctx.formParam("kind"), ctx.formParam("into"), ctx.formParam("name"),
                ctx.formParam("type"), ctx.formParam("spelling"));
        String next = c.kind() == Correction.Kind.MERGE ? c.target() : c.entityId();
        ctx.redirect(Links.entity(next), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Correction apply(String id, String kind, String into, String name, String type, String spelling) {
        return switch (Correction.Kind.parse(kind)) {
            case MERGE -> workspace.correct(c -> c.merge(id, required("into", into)));
            case RENAME -> workspace.correct(c -> c.rename(id, required("name", name)));
            case RETYPE -> {
                EntityType t = EntityType.parse(type).orElseThrow(() -> new InputException("type",
                        "must be one of PERSON, ORGANIZATION, LOCATION, MISC; got: " + type));
                yield workspace.correct(c -> c.retype(id, t));
            }
            case SPLIT -> workspace.correct(c -> c.split(id, required("spelling", spelling)));
        };
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InputException(name, "is required for this correction");
        }
        return value.strip();
    }

    private boolean allowed(Context ctx, String given) {
        var refused = access.check(ctx, given);
        refused.ifPresent(r -> r.answerJson(ctx));
        return refused.isEmpty();
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
