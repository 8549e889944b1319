package io.formwork.lang.filing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import io.formwork.lang.SourceLimits;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.ProblemCodes;
import io.formwork.runtime.Value;

/**
 * Reads a textual filing (.filing) into the runtime's {@link Filing}: its template, year and body, and one fact
 * per figure with its line and column. Syntax errors and unknown codes become located problems.
 */
public final class TextualFilings {

	public static final String SYNTAX = ProblemCodes.UNREADABLE;
	public static final String UNKNOWN_CODE = ProblemCodes.UNKNOWN_CELL;
	public static final String NOT_A_NUMBER = ProblemCodes.NOT_A_NUMBER;

	private TextualFilings() {
	}

	/**
	 * The filing's resource, loaded as a .filing whatever the file's name ends with: a set picks a language by
	 * extension, and a filing saved as "report" or "report.txt" is still a textual filing when the caller says so.
	 */
	private static Resource load(XtextResourceSet set, URI uri) throws IOException {
		if ("filing".equals(uri.fileExtension())) {
			return set.getResource(uri, true);
		}
		Resource existing = set.getResource(uri, false);
		if (existing != null) {
			return existing;
		}
		Object factory = set.getResourceFactoryRegistry().getExtensionToFactoryMap().get("filing");
		if (factory == null) {
			factory = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("filing");
		}
		Resource resource = ((Resource.Factory) factory).createResource(uri);
		set.getResources().add(resource);
		resource.load(set.getLoadOptions());
		return resource;
	}

	/**
	 * Loads the filing into a resource set that already holds (or can load) its template, then converts it.
	 */
	public static Filing read(XtextResourceSet set, Path file) {
		String shown = file.toString();
		Filing filing = new Filing(shown);
		Resource resource;
		try {
			resource = load(set, URI.createFileURI(file.toAbsolutePath().toString()));
		} catch (RuntimeException | IOException e) {
			return filing.problem(Problem.error(SYNTAX, Location.unknown(shown), "无法读取：" + e.getMessage(),
					"Cannot be read: " + e.getMessage()));
		}
		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.ERROR) {
				continue;
			}
			String code = issue.getCode() != null && issue.getCode().contains("Linking") ? UNKNOWN_CODE
					: issue.getCode() != null && issue.getCode().startsWith("filing.") ? issue.getCode() : SYNTAX;
			String[] halves = split(issue.getMessage());
			filing.problem(Problem.error(code, Location.of(shown, issue.getLineNumber(), issue.getColumn()), halves[0],
					halves[1]));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FilingFile model)) {
			return filing;
		}
		if (model.getTemplate() != null && !model.getTemplate().eIsProxy()) {
			filing.template(model.getTemplate().getName());
		}
		if (model.eIsSet(FilingPackage.Literals.FILING_FILE__YEAR)) {
			filing.year(model.getYear());
		}
		filing.body(model.getBody());
		for (Entry entry : model.getEntries()) {
			if (entry instanceof TableEntry table && table.getTable() != null && !table.getTable().eIsProxy()) {
				for (RowEntry row : table.getRows()) {
					if (row.getRow() == null || row.getRow().eIsProxy()) {
						continue;
					}
					for (CellEntry cell : row.getCells()) {
						if (cell.getColumn() == null || cell.getColumn().eIsProxy()
								|| cell.getMember() != null && cell.getMember().eIsProxy()) {
							continue;
						}
						String column = cell.getMember() == null ? cell.getColumn().getName()
								: cell.getColumn().getName() + "." + cell.getMember().getName();
						add(filing, CellAddress.cell(table.getTable().getName(), row.getRow().getName(), column),
								cell.getFigure(), location(shown, cell.getFigure()));
					}
				}
			} else if (entry instanceof ClaimEntry claim && claim.getClaim() != null && !claim.getClaim().eIsProxy()) {
				add(filing, CellAddress.claim(claim.getClaim().getName()), claim.getFigure(),
						location(shown, claim.getFigure()));
			}
		}
		return filing;
	}

	private static void add(Filing filing, CellAddress address, Figure figure, Location location) {
		if (figure == null) {
			return;
		}
		if (figure.isBlank()) {
			filing.add(Fact.of(address, Value.blank(), location));
		} else if (figure.getText() != null) {
			filing.problem(Problem.error(NOT_A_NUMBER, location,
					address + " 应为数值，填写的是文字 \"" + figure.getText() + "\"",
					address + " must be a number, not the text \"" + figure.getText() + "\""));
		} else if (figure.getNumber() != null) {
			if (tooLong(figure.getNumber())) {
				return; // reported where it stands (filing.outOfRange, SourceLimits): never made a number
			}
			Value value = Value.of((figure.isNegative() ? "-" : "") + figure.getNumber());
			filing.add(new Fact(address, figure.isApproximate() ? value.approximate() : value, figure.getUnit(),
					location, null));
		}
	}

	/** More digits before or after the point than any filing format takes. */
	static boolean tooLong(String number) {
		int point = number.indexOf('.');
		int whole = point < 0 ? number.length() : point;
		int fraction = point < 0 ? 0 : number.length() - point - 1;
		return whole > SourceLimits.MAX_DIGITS || fraction > SourceLimits.MAX_DIGITS;
	}

	private static Location location(String file, Figure figure) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(figure);
		if (node == null) {
			return Location.unknown(file);
		}
		INode root = node.getRootNode();
		String text = root.getText();
		int offset = node.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return Location.of(file, node.getStartLine(), offset - lineStart + 1);
	}

	/** Template messages are "中文。 English."; split them back into the two languages. */
	static String[] split(String message) {
		int at = message.indexOf("。 ");
		if (at < 0) {
			return new String[] { message, message };
		}
		return new String[] { message.substring(0, at), message.substring(at + 2).replaceAll("\\.$", "") };
	}
}
