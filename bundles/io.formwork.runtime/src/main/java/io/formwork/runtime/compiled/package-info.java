/**
 * What code generated from a template needs at run time, and nothing else: the layout of a template's cells
 * ({@link io.formwork.runtime.compiled.Layout}), the base of the typed filing classes
 * ({@link io.formwork.runtime.compiled.TypedFiling}) with the exact figures and their scaled-{@code long}
 * form, and the status codes of the generated validators' fast path
 * ({@link io.formwork.runtime.compiled.Statuses}). The rule semantics themselves are shared with the engine in
 * {@link io.formwork.runtime.semantics.Semantics}.
 */
package io.formwork.runtime.compiled;
