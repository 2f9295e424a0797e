package org.sitrep.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
    private final byte[] token;
    private final FailedAttempts failures = new FailedAttempts(java.time.Clock.systemUTC());

    /** @param token the write token, or {@code null} to refuse every write */
    EntityCorrections(Workspace workspace, String token) {
        this.workspace = workspace;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean writable() {
        return token != null;
    }

    void api(Context ctx) {
        if (!allowed(ctx, bearer(ctx))) {
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
        if (token == null) {
            ctx.status(403);
            Api.json(ctx, Map.of("error", "writing is off: start the server with --token-file or SITREP_TOKEN set"));
            return false;
        }
        long wait = failures.waitSeconds(ctx.ip());
        if (wait > 0) {
            ctx.status(429).header("Retry-After", Long.toString(wait));
            Api.json(ctx, Map.of("error", "token: more than " + FailedAttempts.MAX_FAILURES + " wrong tokens from "
                    + ctx.ip() + " within a minute; try again in " + wait + " s"));
            return false;
        }
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            failures.failed(ctx.ip());
            ctx.status(401);
            Api.json(ctx, Map.of("error", "a valid write token is required"));
            return false;
        }
        return true;
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
