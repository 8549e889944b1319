package io.formwork.runtime.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.formwork.runtime.CellAddress;

/**
 * How the cells of one template correspond to the cells of another: for every cell of the newer template
 * ({@code to}), the cell of the older one ({@code from}) it continues, if any, and whether the figure means the
 * same there; and the cells of the older template that the newer one no longer has. Built from two templates
 * (by {@code io.formwork.lang.revision.CellMappings}); used to migrate filings and to read last year's filing
 * in this year's terms.
 */
public record CellMapping(String fromTemplate, String toTemplate, List<Link> links, List<CellAddress> removed) {

	public enum Relation {
		/** the same cell, the same meaning */
		SAME("相同", "same"),
		/** another address (a code was renamed), the same meaning */
		RENAMED("改名", "renamed"),
		/** the same meaning in another unit that converts (元 to 万元) */
		CONVERTED("换算单位", "converted"),
		/** the cell continues, but its figure means something else now (another indicator, type or unit) */
		CHANGED("含义改变", "meaning changed"),
		/** no cell of the older template corresponds */
		NEW("新增", "new");

		public final String zh;
		public final String en;

		Relation(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}
	}

	/**
	 * One cell of the newer template, with the cell it continues ({@code from}, null when new) and, for a
	 * changed meaning, what it meant and what it means ("上一年项目数量：计数（项）").
	 */
	public record Link(CellAddress to, CellAddress from, Relation relation, String beforeZh, String beforeEn,
			String afterZh, String afterEn) {
	}

	public CellMapping {
		links = List.copyOf(links);
		removed = List.copyOf(removed);
	}

	/** The links by the cell of the newer template. */
	public Map<CellAddress, Link> byTarget() {
		Map<CellAddress, Link> result = new LinkedHashMap<>();
		for (Link link : links) {
			result.put(link.to(), link);
		}
		return result;
	}
}
