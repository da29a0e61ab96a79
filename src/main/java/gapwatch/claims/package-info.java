/**
 * Stage 3: finds gap claims in article text — who stands behind, ahead of or level with whom, by
 * how much, in what, and who says so — with an Apache OpenNLP pipeline and rules for English and
 * Vietnamese. Pure: no HTTP and no SQL.
 */
@NullMarked
package gapwatch.claims;

import org.jspecify.annotations.NullMarked;
