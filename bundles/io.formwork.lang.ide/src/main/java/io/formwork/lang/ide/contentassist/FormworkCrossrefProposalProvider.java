package io.formwork.lang.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

import io.formwork.lang.ide.hover.ElementLabels;

/**
 * A proposed code carries what the element means: its Chinese and English labels as the description (an
 * editor's "detail", instead of the element's type name), and the same documentation as the hover.
 */
public class FormworkCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Inject
	private IEObjectDocumentationProvider documentation;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject element = candidate.getEObjectOrProxy();
		if (element != null && element.eIsProxy() && context.getResource() != null) {
			element = EcoreUtil.resolve(element, context.getResource());
		}
		if (element == null || element.eIsProxy()) {
			entry.setDescription(ElementLabels.kind(candidate.getEClass()));
			return entry;
		}
		entry.setDescription(ElementLabels.detail(element));
		String doc = documentation.getDocumentation(element);
		if (doc != null) {
			entry.setDocumentation(doc);
		}
		return entry;
	}
}
