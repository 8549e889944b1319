package io.formwork.filing;

import io.formwork.runtime.Filing;
import io.formwork.runtime.Language;
import io.formwork.runtime.engine.Engine;

/** The codes of the problems the readers report (see FORMATS.md), with a short description of each. */
public final class ProblemCodes {

	/** The file cannot be opened, is not UTF-8, is not JSON or CSV at all, or is not a filing. */
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

	private ProblemCodes() {
	}

	/** A one-line description of a problem code (including the runtime's and engine's), or null if unknown. */
	public static String describe(String code, Language language) {
		boolean zh = language == Language.ZH;
		return switch (code) {
		case UNREADABLE -> zh ? "无法读取填报文件" : "The filing cannot be read";
		case NOT_A_NUMBER -> zh ? "数值单元格中不是数字" : "A value is not a number";
		case BAD_ADDRESS -> zh ? "单元格地址格式错误" : "A cell address is malformed";
		case BAD_METADATA -> zh ? "模板、年度或填报单位信息有误" : "Template, year or body is malformed";
		case BAD_FACT -> zh ? "数据项格式错误" : "A fact is malformed";
		case BAD_HEADER -> zh ? "CSV 缺少 cell,value 表头" : "The CSV header cell,value is missing";
		case BAD_ROW -> zh ? "CSV 行的字段数与表头不符" : "A CSV row does not match the header";
		case NO_FACTS -> zh ? "填报中没有 facts 数组" : "The filing has no facts array";
		case UNKNOWN_KEY -> zh ? "未知的键、元数据或列" : "An unknown key, metadata line or column";
		case Filing.DUPLICATE_CELL -> zh ? "单元格重复填报" : "A cell is reported twice";
		case Engine.UNKNOWN_CELL -> zh ? "模板中没有该单元格" : "The template has no such cell";
		case Engine.WRONG_TEMPLATE -> zh ? "填报与模板或年度不符" : "The filing does not match the template or year";
		case Engine.UNIT_MISMATCH -> zh ? "填报单位与模板不符" : "A figure is stated in a unit the template does not allow";
		default -> null;
		};
	}
}
