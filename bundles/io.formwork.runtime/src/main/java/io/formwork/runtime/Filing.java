package io.formwork.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filled report: which template it claims to follow, for which body and year, and its facts indexed by
 * address. A second fact for an address is never merged: it is kept out and reported as a problem.
 */
public final class Filing {

	public static final String DUPLICATE_CELL = ProblemCodes.DUPLICATE_CELL;

	private final String source;
	private String template;
	private Integer year;
	private String body;
	private final Map<CellAddress, Fact> facts = new LinkedHashMap<>();
	private final List<Problem> problems = new ArrayList<>();

	public Filing(String source) {
		this.source = source;
	}

	/** The file (or other input) the filing was read from. */
	public String source() {
		return source;
	}

	public String template() {
		return template;
	}

	public Filing template(String id) {
		this.template = id;
		return this;
	}

	public Integer year() {
		return year;
	}

	public Filing year(Integer year) {
		this.year = year;
		return this;
	}

	public String body() {
		return body;
	}

	public Filing body(String body) {
		this.body = body;
		return this;
	}

	/** Adds a fact, or reports a duplicate and keeps the first one. */
	public Filing add(Fact fact) {
		Fact first = facts.putIfAbsent(fact.address(), fact);
		if (first != null) {
			problems.add(Problem.error(DUPLICATE_CELL, fact.location(),
					"单元格 " + fact.address() + " 重复填报（首次在 " + first.location() + "），以首次为准",
					"Cell " + fact.address() + " is reported twice (first at " + first.location()
							+ "); the first is kept"));
		}
		return this;
	}

	public Filing problem(Problem problem) {
		problems.add(problem);
		return this;
	}

	/** The fact at an address, or null when the filing does not report it. */
	public Fact fact(CellAddress address) {
		return facts.get(address);
	}

	public Map<CellAddress, Fact> facts() {
		return Collections.unmodifiableMap(facts);
	}

	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}
}
