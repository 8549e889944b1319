/**
 * Output safety shared by every writer (command line, Maven plugin, code generator, forms): {@link AtomicFile}
 * writes a file completely or not at all, {@link InputGuard} refuses an output that is (by any spelling, link or
 * hard link) a file the run reads, and {@link Inputs} reads only regular files within a size limit.
 */
package io.formwork.runtime.io;
