/**
 * The web application: server-rendered pages (jte templates, escaped by default) and the JSON API under
 * {@code /api/v1}. The only package that imports Javalin and jte.
 */
package org.sitrep.web;
