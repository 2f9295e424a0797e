package org.sitrep.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The headers every response carries, set in Jetty rather than in Javalin so that they reach what Javalin never sees:
 * static files, and Jetty's own answers to requests it cannot parse (a bad URI such as {@code GET /%}, an oversized
 * header).
 */
final class SecurityHeaders {
    /** No inline scripts or styles, nothing from other origins: even a tag that slips through cannot run. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    static void putInto(HttpFields.Mutable fields) {
        ALL.forEach(fields::put);
    }

    /** Sets the headers on each request's response before any handler runs. */
    static HttpConfiguration.Customizer customizer() {
        return (connector, config, request) -> putInto(request.getResponse().getHttpFields());
    }

    /** Jetty's error answers, with the headers: those for unparsable requests never pass the customizer. */
    static ErrorHandler errorHandler() {
        return new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                putInto(fields);
                return super.badMessageError(status, reason, fields);
            }

            @Override
            public void handle(String target, Request base, jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException, jakarta.servlet.ServletException {
                ALL.forEach(response::setHeader);
                super.handle(target, base, request, response);
            }
        };
    }
}
