package io.formwork.lang.ui.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IRegion;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.lang.compiler.TemplateDiffs;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.revision.Revisions;
import io.formwork.lang.revision.TemplateDiff;
import io.formwork.lang.ui.Texts;
import io.formwork.lang.ui.editor.Elements;
import io.formwork.lang.ui.editor.FormworkHyperlinkDetector.Target;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.runtime.Language;

/**
 * Two templates of the workspace compared with {@link TemplateDiff}, as {@code formwork diff} compares them:
 * every change of the result as a row, with the place in a .form file where its element is written (the newer
 * template's, or the older's for what was removed) so that the view can open it. Computed in the project's
 * source model (open editors' text included), under its lock.
 */
public record TemplateComparison(URI older, URI newer, TemplateDiff.Result result, List<Row> rows, String problemZh,
		String problemEn) {

	/** One change of one element, and where the element is written (null when unknown). */
	public record Row(TemplateDiff.Entry entry, TemplateDiff.Change change, Target target) {
		/** The element, as {@code formwork diff} names it. */
		public String element(Language language) {
			return entry.heading(language);
		}

		/** The change, as {@code formwork diff} says it. */
		public String text(Language language) {
			return change.describe(language);
		}
	}

	public TemplateComparison {
		rows = List.copyOf(rows);
	}

	/** True when the templates could be compared; else {@link #problem(Language)} says why. */
	public boolean ok() {
		return result != null;
	}

	public String problem(Language language) {
		return language == Language.ZH ? problemZh : problemEn;
	}

	/** "gid_2019 → gid_2021 (gid_2021 revises gid_2019)", as the first line of {@code formwork diff}. */
	public String title(Language language) {
		if (result == null) {
			return problem(language);
		}
		String text = result.toText(language);
		return text.substring(0, text.indexOf('\n'));
	}

	/** The language Formwork's own texts are shown in ({@link io.formwork.lang.ui.Texts#language()}). */
	public static Language language() {
		return Texts.language();
	}

	/**
	 * What the context menu compares for a selection: two templates (the earlier year, or the one the other
	 * revises, first), or one revision with the template it revises.
	 */
	public static TemplateComparison ofSelection(List<IFile> files) {
		if (files.size() == 2) {
			return of(files.get(0), files.get(1));
		}
		if (files.size() == 1) {
			return ofRevision(files.get(0));
		}
		return failed("请选择两个模板，或一个修订模板。", "Select two templates, or one template that revises another.");
	}

	/** The two templates compared, older first: by year, then the one the other's revision chain passes through. */
	public static TemplateComparison of(IFile first, IFile second) {
		return SourceModels.model(second.getProject()).withSet(set -> {
			Template a = template(set, first);
			Template b = template(set, second);
			if (a == null || b == null) {
				return failed((a == null ? first : second).getName() + " 不是模板。",
						(a == null ? first : second).getName() + " is not a template.");
			}
			boolean swap = a.getYear() > b.getYear() || a.getYear() == b.getYear() && a != b
					&& Revisions.lineage(a).contains(Revisions.effective(b));
			return compute(set, swap ? b : a, swap ? a : b);
		});
	}

	/** A revision compared with the template it revises. */
	public static TemplateComparison ofRevision(IFile revision) {
		return SourceModels.model(revision.getProject()).withSet(set -> {
			Template newer = template(set, revision);
			if (newer == null) {
				return failed(revision.getName() + " 不是模板。", revision.getName() + " is not a template.");
			}
			Template revised = newer.getRevises();
			if (revised == null || revised.eIsProxy()) {
				return failed("模板 " + newer.getName() + " 没有修订其他模板：请选择两个模板进行比较。",
						"Template " + newer.getName() + " revises no other template: select two templates to compare.");
			}
			return compute(set, revised, newer);
		});
	}

	private static TemplateComparison compute(XtextResourceSet set, Template older, Template newer) {
		TemplateDiff.Result result = TemplateDiffs.between(older, newer);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < result.entries().size(); i++) {
			TemplateDiff.Entry entry = result.entries().get(i);
			Target target = target(result.places().get(i).preferred());
			for (TemplateDiff.Change change : entry.changes()) {
				rows.add(new Row(entry, change, target));
			}
		}
		return new TemplateComparison(uri(older), uri(newer), result, rows, null, null);
	}

	private static URI uri(Template template) {
		Template written = Revisions.written(template);
		return written.eResource() == null ? null : written.eResource().getURI();
	}

	private static Target target(EObject place) {
		if (place == null || place.eResource() == null) {
			return null;
		}
		IRegion region = Elements.nameRegion(place);
		return region == null ? null : new Target(place.eResource().getURI(), region, null);
	}

	private static Template template(XtextResourceSet set, IFile file) {
		if (file == null || !"form".equals(file.getFileExtension())) {
			return null;
		}
		Resource resource = set.getResource(SourceModels.of(file).uri(), true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)
				|| form.getTemplate() == null) {
			return null;
		}
		EcoreUtil.resolveAll(resource);
		return form.getTemplate();
	}

	private static TemplateComparison failed(String zh, String en) {
		return new TemplateComparison(null, null, null, List.of(), zh, en);
	}

	/** The workspace file of a URI of the comparison, or null. */
	public static IFile file(URI uri) {
		return uri == null || !uri.isPlatformResource() ? null
				: ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}
}
