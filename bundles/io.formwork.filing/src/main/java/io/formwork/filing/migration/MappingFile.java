package io.formwork.filing.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.formwork.filing.Numbers;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.migration.MappingRule;

/**
 * Reads a mapping file: how {@code formwork migrate} fills cells whose meaning changed. UTF-8 text, one rule a
 * line, {@code #} starts a comment:
 *
 * <pre>
 * # 2019 counted fee items; 2021 wants the amount collected: leave it blank, or state it
 * t2_8[fees, fee_amount] = blank
 * t2_8[fees, fee_amount] = 35.6 万元
 * # the 2019 row 其他处理 becomes 2021's 3.其他, in every column
 * t3[oh_other, *] = t3[other_handling, *]
 * </pre>
 *
 * The left side is a cell of the new template, the right side {@code blank}, a figure (with an optional unit)
 * or a cell of the old template; {@code *} for a row or column stands for every code, the same on both sides.
 */
public final class MappingFile {

	public static final String BAD_MAPPING = ProblemCodes.BAD_MAPPING;

	/** The rules read, and a located problem for each line that is not a rule. */
	public record Read(List<MappingRule> rules, List<Problem> problems) {
		public Read {
			rules = List.copyOf(rules);
			problems = List.copyOf(problems);
		}
	}

	private MappingFile() {
	}

	public static Read read(Path file) {
		String shown = file.toString();
		List<MappingRule> rules = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		List<String> lines;
		try {
			lines = List.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString().split("\r\n|\r|\n", -1));
		} catch (CharacterCodingException e) {
			problems.add(Problem.error(BAD_MAPPING, Location.unknown(shown), "不是 UTF-8 文本", "Not UTF-8 text"));
			return new Read(rules, problems);
		} catch (IOException e) {
			problems.add(Problem.error(BAD_MAPPING, Location.unknown(shown), "无法读取：" + e.getMessage(),
					"Cannot be read: " + e.getMessage()));
			return new Read(rules, problems);
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (i == 0 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			int hash = line.indexOf('#');
			String text = hash < 0 ? line : line.substring(0, hash);
			if (text.isBlank()) {
				continue;
			}
			int column = 1 + (text.length() - text.stripLeading().length());
			Location where = Location.of(shown, i + 1, column);
			int equals = text.indexOf('=');
			if (equals < 0) {
				problems.add(Problem.error(BAD_MAPPING, where, "映射应写作 “新单元格 = 旧单元格|数值|blank”",
						"A mapping reads \"new cell = old cell|figure|blank\""));
				continue;
			}
			CellAddress target;
			try {
				target = CellAddress.parse(text.substring(0, equals));
			} catch (IllegalArgumentException e) {
				problems.add(Problem.error(BAD_MAPPING, where, "左边不是单元格地址：" + e.getMessage(),
						"The left side is not a cell address: " + e.getMessage()));
				continue;
			}
			String source = text.substring(equals + 1).strip();
			Location at = Location.of(shown, i + 1, equals + 2 + (text.substring(equals + 1).length()
					- text.substring(equals + 1).stripLeading().length()));
			if (source.isEmpty()) {
				problems.add(Problem.error(BAD_MAPPING, at, "右边为空：写旧单元格、数值或 blank",
						"Nothing on the right: write an old cell, a figure or blank"));
			} else if (source.equals("blank")) {
				rules.add(MappingRule.leftBlank(target, where));
			} else if (Character.isDigit(source.charAt(0)) || "+-−－".indexOf(source.charAt(0)) >= 0
					|| source.charAt(0) >= '０' && source.charAt(0) <= '９') {
				Numbers.Parsed figure = Numbers.parse(source);
				if (!figure.ok() || figure.value().isBlank()) {
					problems.add(Problem.error(BAD_MAPPING, at, figure.errorZh(), figure.errorEn()));
				} else {
					rules.add(MappingRule.ofValue(target, figure.value(), figure.unit(), where));
				}
			} else {
				try {
					CellAddress from = CellAddress.parse(source);
					if (target.isClaim() != from.isClaim()) {
						throw new IllegalArgumentException("a claim maps from a claim, a cell from a cell");
					}
					rules.add(MappingRule.fromCell(target, from, where));
				} catch (IllegalArgumentException e) {
					problems.add(Problem.error(BAD_MAPPING, at, "右边不是单元格地址、数值或 blank：" + e.getMessage(),
							"The right side is not a cell address, a figure or blank: " + e.getMessage()));
				}
			}
		}
		return new Read(rules, problems);
	}
}
