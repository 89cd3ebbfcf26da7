/**
 * What every HTTP API under {@code /api/**} shares, whatever feature serves it: errors are always JSON
 * ({@code {"error": code, "message": text}}), never a redirect to the login view or an HTML page; bodies are JSON and
 * capped in size; client mistakes are logged as one line, not as a stack trace.
 */
package vn.egov.console.base.api;
