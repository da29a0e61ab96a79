/**
 * Stage 5 (use): the curators' web app. A local Javalin server renders a keyboard-driven review
 * queue and a dashboard from the store, and records decisions through {@link
 * gapwatch.store.ReviewStore}. Safe by default: loopback only unless told otherwise, a per-run
 * token for every request, Host header checked, CSRF tokens on every form, all text escaped by the
 * templates, strict security headers.
 */
@NullMarked
package gapwatch.review;

import org.jspecify.annotations.NullMarked;
