/**
 * The filing-format SPI: {@link io.formwork.forms.format.FilingFormat} and its
 * {@link io.formwork.forms.format.FormatContext}. Implemented by every reader, built-in or contributed
 * (ServiceLoader or the Eclipse extension point {@code filingFormats}); collected by the pipeline's registry.
 */
package io.formwork.forms.format;
