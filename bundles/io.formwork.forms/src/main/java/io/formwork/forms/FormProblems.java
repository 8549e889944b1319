package io.formwork.forms;

import io.formwork.filing.ProblemCodes;
import io.formwork.runtime.Language;

/** The codes of the problems the form and page readers report (the one catalog's, {@code io.formwork.runtime.ProblemCodes}). */
public final class FormProblems {

	/** Not a DOCX/XLSX (not a zip, an old binary .doc/.xls, encrypted), a zip bomb, an XML entity attack, too large, or no table of the template found: an error, exit 2. */
	public static final String UNREADABLE = ProblemCodes.UNREADABLE;
	/** A table of the template that the document does not contain (warning). */
	public static final String TABLE_NOT_FOUND = io.formwork.runtime.ProblemCodes.TABLE_NOT_FOUND;
	/** A table of the document that matches no table of the template, with its labels (warning). */
	public static final String UNMATCHED_TABLE = io.formwork.runtime.ProblemCodes.UNMATCHED_TABLE;
	/** A row or column of a matched table whose label matches none of the template's; its figures are not read (warning). */
	public static final String UNMATCHED_LABEL = io.formwork.runtime.ProblemCodes.UNMATCHED_LABEL;
	/** Rows or columns of a template table that a matched table lacks (warning). */
	public static final String MISSING_LABEL = io.formwork.runtime.ProblemCodes.MISSING_LABEL;
	/** A formula in a value cell: its saved result is used (warning), or there is none (error). */
	public static final String FORMULA = io.formwork.runtime.ProblemCodes.FORMULA;
	/** A figure in a cell the template does not collect (a hatched cell); not read (warning). */
	public static final String NOT_REPORTED = io.formwork.runtime.ProblemCodes.NOT_REPORTED;
	/** A table cut at {@link Grid#MAX_ROWS} rows or {@link Grid#MAX_COLUMNS} columns (warning). */
	public static final String TOO_LARGE = io.formwork.runtime.ProblemCodes.TOO_LARGE;

	private FormProblems() {
	}

	/** A one-line description of a code of this class, or null. */
	public static String describe(String code, Language language) {
		boolean zh = language == Language.ZH;
		return switch (code) {
		case TABLE_NOT_FOUND -> zh ? "文件中没有模板的某个表格" : "A table of the template is not in the document";
		case UNMATCHED_TABLE -> zh ? "文件中的表格与模板的表格都不相符" : "A table of the document matches no table of the template";
		case UNMATCHED_LABEL -> zh ? "行或列的标题与模板不符，其数值未读取" : "A row or column label matches none of the template's; its figures are not read";
		case MISSING_LABEL -> zh ? "表格缺少模板中的行或列" : "A table lacks rows or columns of the template";
		case FORMULA -> zh ? "数值单元格中含有公式" : "A value cell holds a formula";
		case NOT_REPORTED -> zh ? "模板不收集该单元格的数值" : "The template does not collect this cell";
		case TOO_LARGE -> zh ? "表格过大，只读取了一部分" : "A table is too large; only part of it was read";
		default -> null;
		};
	}
}
