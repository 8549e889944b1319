package io.formwork.lang.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import io.formwork.lang.ui.FormworkUi;
import io.formwork.lang.ui.model.SourceModels;

/**
 * Hover text over a code: what the element declared or referred to there means (labels, type, unit, decimals,
 * definition; a rule's text), from the language's documentation provider.
 */
public class FormworkTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			return SourceModels.withCurrent(viewer.getDocument(), resource -> {
				EObject element = Elements.at(resource, region.getOffset());
				if (element == null) {
					return null;
				}
				String markdown = resource.getResourceServiceProvider().get(IEObjectDocumentationProvider.class)
						.getDocumentation(element);
				return markdown == null ? null : plain(markdown);
			});
		} catch (RuntimeException e) {
			FormworkUi.log("Hover failed", e);
			return null;
		}
	}

	/** The hover control shows plain text: Markdown emphasis and code marks are dropped. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replace("`", "");
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
