package io.formwork.filing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * Reads a filing from CSV (FORMATS.md): UTF-8, optional {@code # key: value} metadata lines, a header
 * {@code cell,value[,unit]} and one row per fact, RFC 4180 quoting ({@code "t3[received, natural]",12}).
 * Streams: Commons CSV parses, and a {@link PositionReader} keeps just the raw text of the current record so
 * that a fact is located at the line and column of its value field.
 */
public final class CsvFilingReader implements FilingReader {

	/** Unknown columns named one by one; more are counted in one warning. */
	private static final int MAX_NAMED = 20;
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
	/** Commons CSV's own position counts from the header, not from the top of the file: left out. */
	private static final Pattern TRAILING_POSITION = Pattern.compile(" at line: \\d+, position: \\d+$");
	private static final Pattern METADATA = Pattern.compile("#\\s*([A-Za-z_]\\w*)\\s*[:：]\\s*(.*?)\\s*");

	@Override
	public Filing read(Path file) {
		String source = file.toString();
		Filing filing = new Filing(source);
		PositionReader in = null;
		Session session = null;
		try {
			in = Input.open(file, true);
			session = new Session(filing, in);
			session.read();
		} catch (IOException | UncheckedIOException failure) {
			IOException e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause()
					: (IOException) failure;
			if (session != null && session.parser != null && !(e instanceof CharacterCodingException)) {
				filing.problem(session.syntaxError(e));
			} else {
				filing.problem(Input.failure(source, e, in == null ? null : in.position(in.offset())));
			}
		} catch (RuntimeException e) {
			filing.problem(Input.failure(source, e));
		} finally {
			Input.close(in);
		}
		return filing;
	}

	/** One pass over one file. */
	private static final class Session {

		private final Filing filing;
		private final PositionReader in;
		private final Set<String> metadataKeys = new HashSet<>();
		CSVParser parser;
		/** offset the CSV part (after the metadata) starts at */
		private long csvStart;
		/** start and number of fields of the last record read */
		private long lastStart = -1;
		private int lastSize;
		private int cellField = -1;
		private int valueField = -1;
		private int unitField = -1;
		private int fields;

		Session(Filing filing, PositionReader in) {
			this.filing = filing;
			this.in = in;
		}

		void read() throws IOException {
			metadata();
			csvStart = in.offset();
			parser = CSVParser.builder().setReader(in).setFormat(FORMAT).setCharacterOffset(csvStart).get();
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				filing.problem(Problem.error(ProblemCodes.BAD_HEADER, at(csvStart),
						"文件中没有 cell,value 表头，也没有数据", "The file has no cell,value header and no facts"));
				return;
			}
			if (!header(records.next())) {
				return;
			}
			while (records.hasNext()) {
				row(records.next());
			}
		}

		/** The leading {@code #} lines (and empty lines among them); leaves the reader at the header. */
		private void metadata() throws IOException {
			while (true) {
				long start = in.offset();
				in.release(start);
				int c = in.read();
				if (c == '\n' || c == '\r') {
					continue;
				}
				if (c != '#') {
					in.rewind(start);
					return;
				}
				StringBuilder line = new StringBuilder("#");
				while ((c = in.read()) != -1 && c != '\n' && c != '\r') {
					line.append((char) c);
				}
				metadata(line.toString(), start);
			}
		}

		private void metadata(String line, long start) {
			Matcher m = METADATA.matcher(line);
			if (!m.matches()) {
				return; // a comment
			}
			String key = m.group(1).toLowerCase(Locale.ROOT);
			String value = m.group(2);
			int[] lineStart = in.position(start);
			Location keyAt = Location.of(filing.source(), lineStart[0], lineStart[1] + m.start(1));
			Location valueAt = Location.of(filing.source(), lineStart[0], lineStart[1] + m.start(2));
			if (!List.of("template", "year", "body").contains(key)) {
				filing.problem(Problem.warning(ProblemCodes.UNKNOWN_KEY, keyAt,
						"未知的元数据 \"" + key + "\"，已忽略（可用的有：template、year、body）",
						"Unknown metadata \"" + key + "\" is ignored (the keys are template, year, body)"));
			} else if (!metadataKeys.add(key)) {
				filing.problem(Problem.error(ProblemCodes.BAD_METADATA, keyAt, "元数据 \"" + key + "\" 重复，以首次为准",
						"The metadata \"" + key + "\" is given twice; the first is kept"));
			} else if (value.isEmpty()) {
				filing.problem(Problem.error(ProblemCodes.BAD_METADATA, valueAt, "元数据 \"" + key + "\" 没有值",
						"The metadata \"" + key + "\" has no value"));
			} else if (key.equals("template")) {
				filing.template(value);
			} else if (key.equals("body")) {
				filing.body(value);
			} else if (value.matches("\\d{4}")) {
				filing.year(Integer.valueOf(value));
			} else {
				filing.problem(Problem.error(ProblemCodes.BAD_METADATA, valueAt, "年度应为四位数，如 2021，而不是「" + value + "」",
						"The year must have four digits, such as 2021, not '" + value + "'"));
			}
		}

		/** Reads the header; false (reported) when it lacks the cell or value column. */
		private boolean header(CSVRecord record) {
			long start = recordStart(record);
			remember(start, record);
			List<Integer> unknown = new ArrayList<>();
			boolean duplicate = false;
			for (int i = 0; i < record.size(); i++) {
				switch (record.get(i).strip().toLowerCase(Locale.ROOT)) {
				case "cell" -> {
					duplicate |= cellField >= 0;
					cellField = i;
				}
				case "value" -> {
					duplicate |= valueField >= 0;
					valueField = i;
				}
				case "unit" -> {
					duplicate |= unitField >= 0;
					unitField = i;
				}
				default -> unknown.add(i);
				}
			}
			fields = record.size();
			if (cellField < 0 || valueField < 0 || duplicate) {
				String found = String.join(",", record.toList());
				filing.problem(Problem.error(ProblemCodes.BAD_HEADER, at(start),
						"第一行应为表头 cell,value（可加 ,unit），而不是「" + found + "」；未读取数据",
						"The first row must be the header cell,value (optionally ,unit), not '" + found
								+ "'; no facts were read"));
				return false;
			}
			// the offsets of the fields in one pass (a header of 100,000 columns is read in linear time), and the
			// first unknown columns named, the rest counted
			long[] offsets = fieldOffsets(start, unknown.isEmpty() ? 0 : unknown.get(Math.min(unknown.size(), MAX_NAMED) - 1) + 1);
			for (int k = 0; k < Math.min(unknown.size(), MAX_NAMED); k++) {
				int i = unknown.get(k);
				filing.problem(Problem.warning(ProblemCodes.UNKNOWN_KEY, at(offsets[i]),
						"未知的列 \"" + record.get(i) + "\"，已忽略（可用的列：cell、value、unit）",
						"Unknown column \"" + record.get(i) + "\" is ignored (the columns are cell, value, unit)"));
			}
			if (unknown.size() > MAX_NAMED) {
				int i = unknown.get(MAX_NAMED);
				filing.problem(Problem.warning(ProblemCodes.UNKNOWN_KEY, at(offsets.length > i ? offsets[i] : start),
						"另有 " + (unknown.size() - MAX_NAMED) + " 个未知的列，已忽略",
						(unknown.size() - MAX_NAMED) + " more unknown columns are ignored"));
			}
			return true;
		}

		private void row(CSVRecord record) {
			long start = recordStart(record);
			in.release(start);
			remember(start, record);
			if (record.stream().allMatch(String::isBlank)) {
				return;
			}
			String split = splitAddress(record);
			if (split != null) {
				filing.problem(Problem.error(ProblemCodes.BAD_ROW, at(start),
						"单元格地址在逗号处被分成了两个字段，请加引号：\"" + split + "\"",
						"The cell address is split in two at its comma; quote it: \"" + split + "\""));
				return;
			}
			boolean extra = false;
			for (int i = fields; i < record.size(); i++) {
				extra |= !record.get(i).isBlank();
			}
			if (record.size() <= Math.max(cellField, valueField) || extra) {
				filing.problem(Problem.error(ProblemCodes.BAD_ROW, at(start),
						"此行有 " + record.size() + " 个字段，而表头有 " + fields + " 个",
						"This row has " + record.size() + " field(s) but the header has " + fields));
				return;
			}
			String unit = unitField >= 0 && unitField < record.size() ? record.get(unitField) : null;
			Facts.add(filing, record.get(cellField), at(fieldOffset(start, cellField)), record.get(valueField),
					false, at(fieldOffset(start, valueField)), unit);
		}

		/** {@code t3[received, natural]} when an unquoted address was cut at its comma, else null. */
		private String splitAddress(CSVRecord record) {
			String cell = cellField < record.size() ? record.get(cellField) : "";
			if (!cell.contains("[") || cell.contains("]")) {
				return null;
			}
			for (int i = cellField + 1; i < record.size(); i++) {
				if (record.get(i).contains("]")) {
					return String.join(",", record.toList().subList(cellField, i + 1));
				}
			}
			return null;
		}

		private void remember(long start, CSVRecord record) {
			lastStart = start;
			lastSize = record.size();
		}

		/** Where a record's text starts: Commons CSV counts the empty lines it skipped before it as part of it. */
		private long recordStart(CSVRecord record) {
			long offset = record.getCharacterPosition();
			for (int c = in.charAt(offset); c == '\n' || c == '\r'; c = in.charAt(offset)) {
				offset++;
			}
			return offset;
		}

		/** Where fields 0 to {@code count - 1} of the record at {@code start} begin (the record's start where unknown). */
		private long[] fieldOffsets(long start, int count) {
			long[] offsets = new long[count + 1];
			Arrays.fill(offsets, start);
			long i = start;
			for (int f = 0; f < count; f++) {
				offsets[f] = i;
				i = skipField(i);
				if (i < 0 || in.charAt(i) != ',') {
					Arrays.fill(offsets, f + 1, offsets.length, start);
					break;
				}
				i++;
			}
			return offsets;
		}

		/** The offset where field {@code field} of the record at {@code start} begins (the record's start if unknown). */
		private long fieldOffset(long start, int field) {
			long i = start;
			for (int f = 0; f < field; f++) {
				i = skipField(i);
				if (i < 0 || in.charAt(i) != ',') {
					return start;
				}
				i++;
			}
			return i;
		}

		/**
		 * The offset just after the field starting at {@code i} (of the comma, line end or end of input after
		 * it), or -1 if a quote opened there is not closed in what has been read.
		 */
		private long skipField(long i) {
			if (in.charAt(i) == '"') {
				i = closingQuote(i);
				if (i < 0) {
					return -1;
				}
			}
			for (int c = in.charAt(i); c != -1 && c != ',' && c != '\n' && c != '\r'; c = in.charAt(i)) {
				i++;
			}
			return i;
		}

		/** The offset after the quote closing the one at {@code open} ({@code ""} is a quote inside), or -1. */
		private long closingQuote(long open) {
			for (long i = open + 1;; i++) {
				int c = in.charAt(i);
				if (c == -1) {
					return -1;
				}
				if (c == '"') {
					if (in.charAt(i + 1) != '"') {
						return i + 1;
					}
					i++;
				}
			}
		}

		private Location at(long offset) {
			int[] position = in.position(offset);
			return Location.of(filing.source(), position[0], position[1]);
		}

		/**
		 * A CSV syntax error Commons CSV reports, located where the record it could not finish starts, or at
		 * the quote that is never closed.
		 */
		Problem syntaxError(IOException e) {
			long start = csvStart;
			if (lastStart >= 0) {
				long i = lastStart;
				for (int f = 0; f < lastSize && i >= 0; f++) {
					i = skipField(i);
					if (i >= 0 && f < lastSize - 1) {
						i++;
					}
				}
				start = i >= 0 ? i : lastStart;
			}
			for (int c = in.charAt(start); c == '\n' || c == '\r'; c = in.charAt(start)) {
				start++;
			}
			for (long field = start;;) {
				if (in.charAt(field) == '"') {
					long closed = closingQuote(field);
					if (closed < 0) {
						return Problem.error(ProblemCodes.UNREADABLE, at(field), "此处开始的引号直到文件末尾都没有闭合",
								"The quote opened here is never closed");
					}
					int after = in.charAt(closed);
					if (after != ',' && after != '\n' && after != '\r' && after != -1) {
						return Problem.error(ProblemCodes.UNREADABLE, at(closed), "引号结束后、逗号之前不能再有文字",
								"No text may follow a closing quote before the comma");
					}
				}
				long end = skipField(field);
				if (end < 0 || in.charAt(end) != ',') {
					break;
				}
				field = end + 1;
			}
			String detail = TRAILING_POSITION.matcher(String.valueOf(e.getMessage())).replaceFirst("");
			return Problem.error(ProblemCodes.UNREADABLE, at(start), "CSV 语法错误：" + detail,
					"CSV syntax error: " + detail);
		}
	}
}
