package io.formwork.lang.generator;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;

import io.formwork.lang.compiler.PlanCompiler;
import io.formwork.lang.formwork.Claim;
import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.Table;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.model.Grids;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.model.Grids.AxisLine;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.compiled.Scaled;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * A template as the generators see it: its compiled {@link Plan} (cells in order, rule instances expanded),
 * the model it came from (labels, definitions), and the Java names and scaled forms of its cells.
 */
public final class TemplateModel {

	/** One cell (or claim) of the template, numbered in plan order. */
	public record Cell(int index, CellSpec spec, Indicator indicator, String getter, String constant, int scale) {
		public CellAddress address() {
			return spec.address();
		}
	}

	private final Template written;
	private final Template template;
	private final Plan plan;
	private final String packageName;
	private final String typeName;
	private final String sourceName;
	private final List<Cell> cells = new ArrayList<>();
	private final Map<CellAddress, Cell> byAddress = new HashMap<>();

	public TemplateModel(Template template, String defaultPackage) {
		this.written = template;
		this.template = Revisions.effective(template);
		this.plan = new PlanCompiler().compile(template);
		this.packageName = JavaNames.packageName(template.getName(), defaultPackage);
		this.typeName = JavaNames.typeName(template.getName());
		this.sourceName = sourceName(template);
		Map<CellAddress, Indicator> indicators = indicators(this.template);
		List<CellSpec> specs = new ArrayList<>(plan.cells().values());
		List<String> getters = JavaNames.unique(specs.stream().map(s -> JavaNames.memberBase(s.address())).toList());
		List<String> constants = JavaNames
				.unique(specs.stream().map(s -> JavaNames.constantBase(s.address())).toList());
		for (int i = 0; i < specs.size(); i++) {
			CellSpec spec = specs.get(i);
			Cell cell = new Cell(i, spec, indicators.get(spec.address()), getters.get(i), constants.get(i),
					Scaled.scale(spec));
			cells.add(cell);
			byAddress.put(spec.address(), cell);
		}
	}

	/** The file name of the template (no folders: generated code is the same wherever the sources lie). */
	private static String sourceName(Template template) {
		if (template.eResource() == null || template.eResource().getURI() == null) {
			return template.getName() + ".form";
		}
		URI uri = template.eResource().getURI();
		String last = uri.lastSegment();
		return last == null ? template.getName() + ".form" : URI.decode(last).replace(File.separatorChar, '/');
	}

	/** The indicator that gives each cell and claim its meaning. */
	private static Map<CellAddress, Indicator> indicators(Template template) {
		Map<CellAddress, Indicator> result = new LinkedHashMap<>();
		for (Table table : EcoreUtil2.getAllContentsOfType(template, Table.class)) {
			for (AxisLine row : Grids.lines(table.getRows())) {
				for (AxisLine column : Grids.lines(table.getColumns())) {
					Indicator indicator = Grids.cellIndicator(row, column);
					if (indicator != null) {
						result.put(CellAddress.cell(table.getName(), row.code(), column.code()), indicator);
					}
				}
			}
		}
		for (Claim claim : EcoreUtil2.getAllContentsOfType(template, Claim.class)) {
			result.put(CellAddress.claim(claim.getName()), claim.getIndicator());
		}
		return result;
	}

	/** The template as it applies: for a revision, what it revises with its changes applied. */
	public Template template() {
		return template;
	}

	public Plan plan() {
		return plan;
	}

	public String packageName() {
		return packageName;
	}

	public String typeName() {
		return typeName;
	}

	public String filingClass() {
		return typeName + "Filing";
	}

	public String validatorClass() {
		return typeName + "Validator";
	}

	/** The template's file name, as the generated validator names it in rule locations by default. */
	public String sourceName() {
		return sourceName;
	}

	/**
	 * Where a rule is stated, relative to the template's own folder: null when the template states it itself, else
	 * the path of the template it inherits the rule from (a revision inherits the rules of what it revises). The path
	 * is relative so that generated code is the same wherever the sources lie.
	 */
	public String ruleFile(RuleInstance rule) {
		String file = rule.location().file();
		String own = PlanCompiler.file(written);
		if (file == null || own == null || file.equals(own)) {
			return null;
		}
		try {
			Path ownFolder = Path.of(own).toAbsolutePath().normalize().getParent();
			Path path = Path.of(file).toAbsolutePath().normalize();
			Path relative = ownFolder == null ? path.getFileName() : ownFolder.relativize(path);
			return relative.toString().replace(File.separatorChar, '/');
		} catch (IllegalArgumentException e) {
			String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(File.separatorChar)) + 1);
			return name;
		}
	}

	public List<Cell> cells() {
		return cells;
	}

	public Cell cell(CellAddress address) {
		return byAddress.get(address);
	}
}
