package org.sitrep.web;

/** An error page: the HTTP status and what went wrong, in words for the reader. */
public record ErrorView(int status, String title, String message) {
}
