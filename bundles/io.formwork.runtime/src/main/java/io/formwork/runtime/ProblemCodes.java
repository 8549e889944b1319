package io.formwork.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one catalog of input-problem codes (a filing, a form, a page, a set, a prior period: not a rule that fails),
 * each with a one-line text in Chinese and English. Every reader and every door (CLI, Maven plugin, Eclipse
 * builder, language server) reports its problems with these codes; a new code is added here, with a test that
 * produces it from a real input ({@code ProblemCodesTest} of the pipeline).
 */
public final class ProblemCodes {

	/** One code and its one-line description. */
	public record Code(String code, String zh, String en) {
		public String text(Language language) {
			return language == Language.ZH ? zh : en;
		}
	}

	private static final Map<String, Code> ALL = new LinkedHashMap<>();

	/** The file cannot be opened, is not UTF-8, is not JSON or CSV at all, is not a filing (or a form) at all. */
	public static final String UNREADABLE = "filing.unreadable";
	/** A value that is not a number, even after normalisation. */
	public static final String NOT_A_NUMBER = "filing.notANumber";
	/** A cell that is not an address ({@code t3[received, natural]}) or a claim name. */
	public static final String BAD_ADDRESS = "filing.badAddress";
	/** Template, year or body of the wrong type or form; a duplicate key. */
	public static final String BAD_METADATA = "filing.badMetadata";
	/** A fact that is not an object, has no cell or value, a value of the wrong type, or two different units. */
	public static final String BAD_FACT = "filing.badFact";
	/** A CSV file without its {@code cell,value} header. */
	public static final String BAD_HEADER = "filing.badHeader";
	/** A CSV row whose fields do not match the header. */
	public static final String BAD_ROW = "filing.badRow";
	/** A JSON filing without its {@code facts} array. */
	public static final String NO_FACTS = "filing.noFacts";
	/** A key (JSON), metadata line or column (CSV) the format does not define; a warning. */
	public static final String UNKNOWN_KEY = "filing.unknownKey";
	/** A second fact for the same cell; the first is kept. */
	public static final String DUPLICATE_CELL = "filing.duplicateCell";
	/** A cell (or code) the template does not have. */
	public static final String UNKNOWN_CELL = "filing.unknownCell";
	/** The filing names another template, or another year, than the one it is validated against. */
	public static final String WRONG_TEMPLATE = "filing.wrongTemplate";
	/** A figure stated in a unit the template does not allow. */
	public static final String UNIT_MISMATCH = "filing.unitMismatch";
	/** The previous period's filing is not of the previous year, or of another body. */
	public static final String PRIOR_PERIOD = "filing.priorPeriod";
	/** No template can be told for a filing: it names none that is loaded, and no default or year decides. */
	public static final String NO_TEMPLATE = "filing.noTemplate";
	/** A previous period named explicitly ({@code --prior}) that is missing, not a file, or unreadable. */
	public static final String PRIOR_UNREADABLE = "filing.priorUnreadable";

	/** A table of the template that the document does not contain (warning). */
	public static final String TABLE_NOT_FOUND = "form.tableNotFound";
	/** A table of the document that matches no table of the template (warning). */
	public static final String UNMATCHED_TABLE = "form.unmatchedTable";
	/** A row or column label that matches none of the template's; its figures are not read (warning). */
	public static final String UNMATCHED_LABEL = "form.unmatchedLabel";
	/** Rows or columns of a template table that a matched table lacks (warning). */
	public static final String MISSING_LABEL = "form.missingLabel";
	/** A formula in a value cell. */
	public static final String FORMULA = "form.formula";
	/** A figure in a cell the template does not collect. */
	public static final String NOT_REPORTED = "form.notReported";
	/** A table cut at its maximum size. */
	public static final String TOO_LARGE = "form.tooLarge";

	/** A narrative text without the section heading a claim lies under. */
	public static final String SECTION_NOT_FOUND = "narrative.sectionNotFound";
	/** A narrative claim that reads two different figures. */
	public static final String AMBIGUOUS = "narrative.ambiguous";

	/** A filing of a set that does not fit it (template, year, body, a second filing). */
	public static final String SET_FILING = "set.filing";
	/** A set manifest ({@code formwork-set.json}) that cannot be used. */
	public static final String BAD_SET = "set.badManifest";
	/** A hierarchy file ({@code bodies.json}) that cannot be used. */
	public static final String BAD_HIERARCHY = "set.badHierarchy";
	/** A cell mapping file that cannot be used. */
	public static final String BAD_MAPPING = "mapping.bad";
	/** A figure whose meaning changed between two templates is not carried over. */
	public static final String MEANING_CHANGED = "migrate.meaningChanged";
	/** A figure with no place in the newer template. */
	public static final String NOT_CARRIED = "migrate.notCarried";
	/** A mapping rule that cannot be applied. */
	public static final String BAD_MAPPING_RULE = "migrate.badMapping";

	static {
		add(UNREADABLE, "无法读取填报文件",
				"The filing cannot be read");
		add(NOT_A_NUMBER, "数值单元格中不是数字",
				"A value is not a number");
		add(BAD_ADDRESS, "单元格地址格式错误",
				"A cell address is malformed");
		add(BAD_METADATA, "模板、年度或填报单位信息有误",
				"Template, year or body is malformed");
		add(BAD_FACT, "数据项格式错误",
				"A fact is malformed");
		add(BAD_HEADER, "CSV 缺少 cell,value 表头",
				"The CSV header cell,value is missing");
		add(BAD_ROW, "CSV 行的字段数与表头不符",
				"A CSV row does not match the header");
		add(NO_FACTS, "填报中没有 facts 数组",
				"The filing has no facts array");
		add(UNKNOWN_KEY, "未知的键、元数据或列",
				"An unknown key, metadata line or column");
		add(DUPLICATE_CELL, "单元格重复填报",
				"A cell is reported twice");
		add(UNKNOWN_CELL, "模板中没有该单元格",
				"The template has no such cell");
		add(WRONG_TEMPLATE, "填报与模板或年度不符",
				"The filing does not match the template or year");
		add(UNIT_MISMATCH, "填报单位与模板不符",
				"A figure is stated in a unit the template does not allow");
		add(PRIOR_PERIOD, "上期填报的年度或单位不符",
				"The previous period's filing is of another year or body");
		add(NO_TEMPLATE, "无法确定校验所用的模板",
				"No template to validate the filing against");
		add(PRIOR_UNREADABLE, "无法读取指定的上期填报",
				"The named previous period's filing cannot be read");
		add(TABLE_NOT_FOUND, "文件中没有模板的某个表格",
				"A table of the template is not in the document");
		add(UNMATCHED_TABLE, "文件中的表格与模板的表格都不相符",
				"A table of the document matches no table of the template");
		add(UNMATCHED_LABEL, "行或列的标题与模板不符，其数值未读取",
				"A row or column label matches none of the template's; its figures are not read");
		add(MISSING_LABEL, "表格缺少模板中的行或列",
				"A table lacks rows or columns of the template");
		add(FORMULA, "数值单元格中含有公式",
				"A value cell holds a formula");
		add(NOT_REPORTED, "模板不收集该单元格的数值",
				"The template does not collect this cell");
		add(TOO_LARGE, "表格过大，只读取了一部分",
				"A table is too large; only part of it was read");
		add(SECTION_NOT_FOUND, "文中没有该部分的标题",
				"The text has no heading of the section");
		add(AMBIGUOUS, "文中对同一事项给出了不同的数字",
				"The text states different figures for the same claim");
		add(SET_FILING, "填报与所在的填报集不符",
				"A filing does not fit its set");
		add(BAD_SET, "填报集清单有误",
				"The set manifest is malformed");
		add(BAD_HIERARCHY, "层级文件有误",
				"The hierarchy file is malformed");
		add(BAD_MAPPING, "单元格映射文件有误",
				"The cell mapping file is malformed");
		add(MEANING_CHANGED, "含义已变的数值未迁移",
				"A figure whose meaning changed is not carried over");
		add(NOT_CARRIED, "数值在新模板中没有对应位置",
				"A figure has no place in the newer template");
		add(BAD_MAPPING_RULE, "映射规则无法应用",
				"A mapping rule cannot be applied");
	}

	private ProblemCodes() {
	}

	private static void add(String code, String zh, String en) {
		ALL.put(code, new Code(code, zh, en));
	}

	/** Every code of the catalog, in the order above. */
	public static List<Code> all() {
		return List.copyOf(ALL.values());
	}

	/** A code of the catalog, or null. */
	public static Code get(String code) {
		return ALL.get(code);
	}

	/** The one-line description of a code in a language, or null when the catalog does not have it. */
	public static String describe(String code, Language language) {
		Code known = ALL.get(code);
		return known == null ? null : known.text(language);
	}
}
