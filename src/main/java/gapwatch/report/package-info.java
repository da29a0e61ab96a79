/**
 * Stage 5 (use): aggregates stored claims into a consensus per actor pair and domain, and renders
 * claim lists and consensus tables as text.
 */
@NullMarked
package gapwatch.report;

import org.jspecify.annotations.NullMarked;
