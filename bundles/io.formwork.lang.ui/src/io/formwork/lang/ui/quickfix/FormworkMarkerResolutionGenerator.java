package io.formwork.lang.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.builder.ProblemMarkers;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.lang.validation.FormworkValidator;

/**
 * Quick fixes for the template checks that carry an issue code, offered on their markers (Problems view,
 * Ctrl+1 in the editor): an unknown code becomes a similar code that is in scope; 'row' among the columns
 * becomes 'column' (and back); a heading used as one cell is summed; an unknown message placeholder is
 * removed; a duplicate code is renamed; a missing Chinese label gets one to fill in.
 */
public class FormworkMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	private static final int MAX_CANDIDATES = 5;

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		return code != null && (code.equals(Diagnostic.LINKING_DIAGNOSTIC) || code.equals(FormworkValidator.WRONG_LINE_KIND)
				|| code.equals(FormworkValidator.HEADING_IN_RULE) || code.equals(FormworkValidator.UNKNOWN_PLACEHOLDER)
				|| code.equals(FormworkValidator.DUPLICATE_CODE) || code.equals(FormworkValidator.MISSING_ZH_LABEL));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		List<String> data = ProblemMarkers.data(marker);
		if (start < 0 || end < start || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> fixes = new ArrayList<>();
		switch (code) {
		case Diagnostic.LINKING_DIAGNOSTIC -> {
			for (String candidate : candidates(file, start, end)) {
				fixes.add(new Fix("改为 '" + candidate + "' Change to '" + candidate + "'", file, start, end, d -> candidate));
			}
		}
		case FormworkValidator.WRONG_LINE_KIND -> {
			if (!data.isEmpty()) {
				String kind = data.get(0);
				fixes.add(new Fix("改写为 '" + kind + "' Write '" + kind + "'", file, start, end, d -> kind));
			}
		}
		case FormworkValidator.HEADING_IN_RULE -> fixes.add(new Fix("求和：sum(…) Sum it: sum(…)", file, start, end,
				d -> "sum(" + d + ")"));
		case FormworkValidator.UNKNOWN_PLACEHOLDER -> {
			if (!data.isEmpty()) {
				String placeholder = "{" + data.get(0) + "}";
				fixes.add(new Fix("删除占位符 " + placeholder + " Remove the placeholder " + placeholder, file, start, end,
						d -> d.replace(placeholder, "")));
			}
		}
		case FormworkValidator.DUPLICATE_CODE -> {
			if (!data.isEmpty()) {
				String renamed = data.get(0) + "_2";
				fixes.add(new Fix("重命名为 '" + renamed + "' Rename to '" + renamed + "'", file, start, end, d -> renamed));
			}
		}
		case FormworkValidator.MISSING_ZH_LABEL -> {
			if (!data.isEmpty()) {
				String name = data.get(0);
				fixes.add(new Fix("添加中文标签（请改写） Add a Chinese label (to rewrite)", file, start, end,
						d -> d + " \"" + name + "\""));
			}
		}
		default -> {
		}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	/** The names in scope for the unresolved reference in [start, end), closest first. */
	static List<String> candidates(IFile file, int start, int end) {
		IDocument document = document(file);
		if (document == null) {
			return List.of();
		}
		try {
			String written = document.get(start, end - start);
			List<String> names = SourceModels.withCurrent(document, resource -> namesInScope(resource, start));
			if (names == null) {
				return List.of();
			}
			return names.stream().distinct().filter(n -> !n.equals(written))
					.sorted(Comparator.comparingInt((String n) -> distance(n, written)).thenComparing(n -> n))
					.limit(MAX_CANDIDATES).toList();
		} catch (BadLocationException e) {
			return List.of();
		} finally {
			disconnect(file);
		}
	}

	private static List<String> namesInScope(XtextResource resource, int offset) {
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return List.of();
		}
		EObject context = NodeModelUtils.findActualSemanticObjectFor(leaf);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof org.eclipse.xtext.CrossReference crossReference) {
				EReference reference = org.eclipse.xtext.GrammarUtil.getReference(crossReference);
				IScopeProvider scopes = resource.getResourceServiceProvider().get(IScopeProvider.class);
				List<String> names = new ArrayList<>();
				for (IEObjectDescription description : scopes.getScope(context, reference).getAllElements()) {
					names.add(description.getName().toString());
				}
				return names;
			}
		}
		return List.of();
	}

	/** Levenshtein distance, for ranking candidates. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static IDocument document(IFile file) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			return manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
		} catch (CoreException e) {
			return null;
		}
	}

	private static void disconnect(IFile file) {
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			// nothing held
		}
	}

	/** Replaces the marker's text by what {@code edit} makes of it; saves the file unless an editor has changes. */
	static final class Fix implements IMarkerResolution2 {
		private final String label;
		private final IFile file;
		private final int start;
		private final int end;
		private final java.util.function.UnaryOperator<String> edit;

		Fix(String label, IFile file, int start, int end, java.util.function.UnaryOperator<String> edit) {
			this.label = label;
			this.file = file;
			this.start = start;
			this.end = end;
			this.edit = edit;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				int from = marker.exists() ? marker.getAttribute(IMarker.CHAR_START, start) : start;
				int to = marker.exists() ? marker.getAttribute(IMarker.CHAR_END, end) : end;
				String text = document.get(from, to - from);
				document.replace(from, to - from, edit.apply(text));
				if (!wasDirty) {
					buffer.commit(null, true);
				}
			} catch (CoreException | BadLocationException e) {
				FormworkUi.log("The quick fix failed", e);
			} finally {
				disconnect(file);
			}
		}
	}
}
