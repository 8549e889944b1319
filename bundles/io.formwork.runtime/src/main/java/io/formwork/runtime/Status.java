package io.formwork.runtime;

/** The outcome of one rule instance on one filing. */
public enum Status {
	/** the relation holds */
	PASS("通过", "pass"),
	/** the relation does not hold */
	FAIL("不通过", "fail"),
	/** an operand is blank (and blank is not 0 here) or missing: the rule says nothing about this filing */
	NOT_ASSESSABLE("无法评估", "not assessable");

	public final String zh;
	public final String en;

	Status(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}
}
