/**
 * Stage 2: turns a fetched page into an {@link gapwatch.article.Article} — clean main text plus
 * metadata — with jsoup. Pure: no HTTP, no SQL, so stored raw HTML can be re-extracted at will.
 */
@NullMarked
package gapwatch.article;

import org.jspecify.annotations.NullMarked;
