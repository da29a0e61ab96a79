/**
 * Stage 5 (use): dataset export. Writes the claims in force, with provenance on every row, as JSON
 * lines or CSV, with a dataset card and checksums, from one database snapshot, into a temporary
 * folder renamed into place.
 */
@NullMarked
package gapwatch.export;

import org.jspecify.annotations.NullMarked;
