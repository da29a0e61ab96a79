/**
 * Stage 4: SQLite through Jdbi. One {@link gapwatch.store.Database} per file (WAL, per-connection
 * pragmas, versioned migrations, {@code BEGIN IMMEDIATE} write transactions); stores for the crawl
 * ledger, articles and claims.
 */
@NullMarked
package gapwatch.store;

import org.jspecify.annotations.NullMarked;
