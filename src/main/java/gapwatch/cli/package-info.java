/**
 * The command line: the only layer that reads settings, builds the stages, and touches {@code
 * System.out}, {@code System.err} and the exit code.
 */
@NullMarked
package gapwatch.cli;

import org.jspecify.annotations.NullMarked;
