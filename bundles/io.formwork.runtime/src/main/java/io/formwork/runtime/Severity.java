package io.formwork.runtime;

/** How much a failed rule matters: SARIF levels error, warning and note. */
public enum Severity {
	ERROR("错误", "error"), WARNING("警告", "warning"), INFO("提示", "info");

	public final String zh;
	public final String en;

	Severity(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}
}
