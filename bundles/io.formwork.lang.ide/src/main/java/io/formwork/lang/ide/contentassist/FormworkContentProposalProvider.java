package io.formwork.lang.ide.contentassist;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.formwork.lang.formwork.Rule;
import io.formwork.lang.model.MessagePlaceholders;

/**
 * Xtext's proposals, and inside a rule's message after an open {@code {}: the placeholders that rule may name
 * ({@link MessagePlaceholders}: {@code {sentence}} only where the rule reads a claim).
 */
public class FormworkContentProposalProvider extends IdeContentProposalProvider {

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts, acceptor);
		if (!contexts.isEmpty()) {
			placeholders(contexts.iterator().next(), acceptor);
		}
	}

	private void placeholders(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (context.getRootNode() == null || context.getOffset() <= 0) {
			return;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.getRootNode(), context.getOffset() - 1);
		if (leaf == null || leaf.isHidden() || !(leaf.getGrammarElement() instanceof RuleCall call)
				|| call.getRule() == null || !"STRING".equals(call.getRule().getName())
				|| context.getOffset() >= leaf.getEndOffset()) {
			return;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		Rule rule = element == null ? null : EcoreUtil2.getContainerOfType(element, Rule.class);
		if (rule == null || rule.getMessage() != element) {
			return;
		}
		String before = leaf.getText().substring(0, context.getOffset() - leaf.getOffset());
		int open = before.lastIndexOf('{');
		if (open < 0 || before.indexOf('}', open) >= 0) {
			return;
		}
		String typed = before.substring(open);
		for (String name : MessagePlaceholders.known(rule)) {
			String proposal = "{" + name + "}";
			if (proposal.startsWith(typed) && acceptor.canAcceptMoreProposals()) {
				ContentAssistEntry entry = new ContentAssistEntry();
				entry.setPrefix(typed);
				entry.setProposal(proposal);
				entry.setKind(ContentAssistEntry.KIND_VARIABLE);
				entry.setDescription(MessagePlaceholders.SENTENCE.equals(name)
						? "声明所在的原句 the sentence the claim was read from"
						: "提示信息的占位符 message placeholder");
				acceptor.accept(entry, 600);
			}
		}
	}
}
