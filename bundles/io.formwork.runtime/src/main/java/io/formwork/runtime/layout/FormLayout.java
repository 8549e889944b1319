package io.formwork.runtime.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a template prints: its sections in order, each with its narrative parts and tables, every table with
 * its row and column headers as printed (labels with their numbering, groups and headings, the note a table
 * prints). Beside the {@link io.formwork.runtime.plan.Plan}, which says what each cell means, this is what
 * forms are generated from and what printed tables are matched against. It holds no Xtext or EMF object.
 */
public record FormLayout(String templateId, int year, String titleZh, String titleEn, List<Part> parts) {

	public FormLayout {
		Objects.requireNonNull(templateId, "templateId");
		parts = List.copyOf(parts);
	}

	/** A section, a narrative part or a table. */
	public sealed interface Part permits Section, Narrative, Table {
		String code();

		String labelZh();

		String labelEn();
	}

	/** A numbered section ("三、收到和处理政府信息公开申请情况") and what it holds, in order. */
	public record Section(String code, String labelZh, String labelEn, List<Part> parts) implements Part {
		public Section {
			parts = List.copyOf(parts);
		}
	}

	/** A part written as text, with the figures it may state. */
	public record Narrative(String code, String labelZh, String labelEn, boolean required, Integer minChars,
			List<Claim> claims) implements Part {
		public Narrative {
			claims = List.copyOf(claims);
		}
	}

	/** A figure a narrative states in a sentence, with the phrasings that carry it ({@code {value}} marks it). */
	public record Claim(String name, String labelZh, String labelEn, String unit, List<String> phrases) {
		public Claim {
			phrases = List.copyOf(phrases);
		}
	}

	/**
	 * A table: its label, the note it prints (the 勾稽 relation of table 3), its column header and its row
	 * header. A cell is addressed by its table code, its row's code and its column's code.
	 */
	public record Table(String code, String labelZh, String labelEn, String noteZh, String noteEn, Header columns,
			Header rows) implements Part {
	}

	/**
	 * One axis of a table as printed: the lines in order, as a tree of groups (merged column headers, heading
	 * rows) over data lines. {@code labelZh} names the whole axis when it comes from a dimension ("申请人情况"),
	 * printed above (or beside) the lines; null otherwise.
	 */
	public record Header(String labelZh, String labelEn, List<Line> lines) {
		public Header {
			lines = List.copyOf(lines);
		}

		/** The data lines (leaves), in printed order. */
		public List<Line> leaves() {
			List<Line> out = new ArrayList<>();
			for (Line line : lines) {
				line.collectLeaves(out);
			}
			return out;
		}

		/** How many levels the tree has (1 for a flat list), not counting the axis label. */
		public int depth() {
			int depth = 0;
			for (Line line : lines) {
				depth = Math.max(depth, line.depth());
			}
			return depth;
		}
	}

	/**
	 * A line of an axis. A data line ({@code children} empty) carries figures; its {@code code} is the one cell
	 * addresses use ({@code natural}, {@code review.upheld}). A group (a heading row, a merged column header)
	 * has children and its own code. {@code aka} are other Chinese wordings the line is known to be printed with
	 * (another year's or a province's: 规范性文件 for 行政规范性文件), for readers that find it by its label.
	 */
	public record Line(String code, String labelZh, String labelEn, List<Line> children, List<String> aka) {
		public Line {
			children = List.copyOf(children);
			aka = aka == null ? List.of() : List.copyOf(aka);
		}

		public Line(String code, String labelZh, String labelEn, List<Line> children) {
			this(code, labelZh, labelEn, children, List.of());
		}

		public boolean isData() {
			return children.isEmpty();
		}

		/** 1 for a data line, one more than its deepest child for a group. */
		public int depth() {
			int depth = 0;
			for (Line child : children) {
				depth = Math.max(depth, child.depth());
			}
			return depth + 1;
		}

		/** How many data lines lie under it (1 for a data line). */
		public int span() {
			if (children.isEmpty()) {
				return 1;
			}
			int span = 0;
			for (Line child : children) {
				span += child.span();
			}
			return span;
		}

		void collectLeaves(List<Line> out) {
			if (children.isEmpty()) {
				out.add(this);
			} else {
				for (Line child : children) {
					child.collectLeaves(out);
				}
			}
		}
	}

	/** Every table, in printed order. */
	public List<Table> tables() {
		List<Table> out = new ArrayList<>();
		collect(parts, Table.class, out);
		return out;
	}

	/** Every narrative part, in printed order. */
	public List<Narrative> narratives() {
		List<Narrative> out = new ArrayList<>();
		collect(parts, Narrative.class, out);
		return out;
	}

	/** The top-level section a part lies in, or null when it is not inside one. */
	public Section sectionOf(Part part) {
		for (Part top : parts) {
			if (top == part || top instanceof Section section && contains(section, part)) {
				return top instanceof Section section ? section : null;
			}
		}
		return null;
	}

	private static boolean contains(Section section, Part part) {
		for (Part child : section.parts()) {
			if (child == part || child instanceof Section inner && contains(inner, part)) {
				return true;
			}
		}
		return false;
	}

	private static <T extends Part> void collect(List<Part> parts, Class<T> type, List<T> out) {
		for (Part part : parts) {
			if (type.isInstance(part)) {
				out.add(type.cast(part));
			}
			if (part instanceof Section section) {
				collect(section.parts(), type, out);
			}
		}
	}
}
