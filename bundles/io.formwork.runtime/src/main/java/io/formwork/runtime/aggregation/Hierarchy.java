package io.formwork.runtime.aggregation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.Language;

/**
 * Reporting bodies and who reports under whom: a province above its cities, a city above its counties. Each
 * body has a stable code and a name; a parent whose report consolidates its children's ({@code consolidated})
 * must have, in every additive cell, the sum of its children's figures.
 */
public final class Hierarchy {

	/** One reporting body. */
	public record Body(String code, String name, String nameEn, String parent, boolean consolidated) {
		public String name(Language language) {
			return language == Language.EN && nameEn != null ? nameEn : name;
		}
	}

	private final Map<String, Body> bodies = new LinkedHashMap<>();
	private final Map<String, List<String>> children = new LinkedHashMap<>();

	/** Adds a body (parents before their children); returns false when the code is taken. */
	public boolean add(Body body) {
		if (bodies.putIfAbsent(body.code(), body) != null) {
			return false;
		}
		children.put(body.code(), new ArrayList<>());
		if (body.parent() != null && children.containsKey(body.parent())) {
			children.get(body.parent()).add(body.code());
		}
		return true;
	}

	public Body body(String code) {
		return bodies.get(code);
	}

	/** Every body, parents before children, in the order declared. */
	public List<Body> bodies() {
		List<Body> result = new ArrayList<>();
		for (Body body : bodies.values()) {
			if (body.parent() == null || !bodies.containsKey(body.parent())) {
				collect(body.code(), result);
			}
		}
		return Collections.unmodifiableList(result);
	}

	private void collect(String code, List<Body> out) {
		out.add(bodies.get(code));
		for (String child : children.get(code)) {
			collect(child, out);
		}
	}

	public List<Body> children(String code) {
		return children.getOrDefault(code, List.of()).stream().map(bodies::get).toList();
	}

	/** How deep a body is: 0 for a top body. */
	public int depth(String code) {
		int depth = 0;
		for (Body body = bodies.get(code); body != null && body.parent() != null; body = bodies.get(body.parent())) {
			depth++;
		}
		return depth;
	}

	public boolean isEmpty() {
		return bodies.isEmpty();
	}
}
