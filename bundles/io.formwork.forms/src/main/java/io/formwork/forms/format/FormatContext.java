package io.formwork.forms.format;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.formwork.forms.FormTemplate;
import io.formwork.narrative.ClaimSpec;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.plan.Plan;

/**
 * What a {@link FilingFormat} reads a filing with: the template the filing will be validated against (its plan
 * and printed layout, {@link FormTemplate}), the claims of its narrative parts (what narrative text and pages are
 * read for), and services a format written against more than this module may look up by type (the pipeline
 * offers the Xtext resource set of the templates to the textual {@code .filing} format).
 *
 * @param template the target template's plan and layout
 * @param claims the target template's claims, for narrative readers
 * @param services extra objects by type; empty for most formats
 */
public record FormatContext(FormTemplate template, List<ClaimSpec> claims, Map<Class<?>, Object> services) {

	public FormatContext {
		Objects.requireNonNull(template, "template");
		claims = List.copyOf(claims);
		services = Map.copyOf(services);
	}

	public FormatContext(FormTemplate template, List<ClaimSpec> claims) {
		this(template, claims, Map.of());
	}

	/** The id of the target template ({@code gid_2021}). */
	public String templateId() {
		return template.id();
	}

	public Plan plan() {
		return template.plan();
	}

	public FormLayout layout() {
		return template.layout();
	}

	/** A service the pipeline offers, by type. */
	public <T> Optional<T> service(Class<T> type) {
		return Optional.ofNullable(services.get(type)).map(type::cast);
	}
}
