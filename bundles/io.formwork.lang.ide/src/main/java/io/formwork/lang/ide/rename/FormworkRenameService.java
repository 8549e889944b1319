package io.formwork.lang.ide.rename;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import io.formwork.lang.revision.Revisions;

/**
 * Renames a code (an indicator, a row or column, a table, a member, a unit, a rule…) where it is declared and
 * wherever a template or a textual filing of the workspace refers to it, including through a revision's effective
 * template (a 2021 filing's row, declared in 2019, is renamed with it: {@link Revisions#origin}). A qualified
 * reference keeps its qualifier. JSON and CSV filings name cells as text and are not changed; nor are message
 * placeholders such as {@code {received}}.
 */
public class FormworkRenameService implements IRenameService2 {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		if (newName == null || !newName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"新代码须由字母、数字和下划线组成，不以数字开头。 A code is letters, digits and underscores, not starting with a digit: "
							+ newName, null));
		}
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return new WorkspaceEdit();
			}
			EObject declaration = declarationAt(resource, context.getDocument(), options.getRenameParams().getPosition());
			if (declaration == null) {
				return new WorkspaceEdit();
			}
			return new WorkspaceEdit(edits(resource.getResourceSet(), declaration, newName));
		});
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			Document document = context.getDocument();
			int offset = document.getOffSet(options.getParams().getPosition());
			EObject declaration = declarationAt(resource, document, options.getParams().getPosition());
			if (declaration == null) {
				return null;
			}
			var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
			if (leaf == null) {
				return null;
			}
			String text = leaf.getText();
			int start = leaf.getOffset();
			int dot = text.lastIndexOf('.');
			if (dot >= 0 && start + dot < offset) {
				start += dot + 1;
				text = text.substring(dot + 1);
			}
			return Either3.forSecond(new PrepareRenameResult(
					new Range(document.getPosition(start), document.getPosition(start + text.length())), text));
		});
	}

	/** The declaration (as written) of the code at a position: the referenced element's, or the declared one's. */
	private EObject declarationAt(XtextResource resource, Document document, Position position) {
		int offset = document.getOffSet(position);
		EObject element = elementAtOffset.resolveElementAt(resource, offset);
		if (element == null || element.eIsProxy()) {
			return null;
		}
		EObject declaration = Revisions.origin(element);
		EStructuralFeature name = declaration.eClass().getEStructuralFeature("name");
		if (name == null || !(declaration.eGet(name) instanceof String) || declaration.eResource() == null
				|| NodeModelUtils.findNodesForFeature(declaration, name).isEmpty()) {
			return null;
		}
		return declaration;
	}

	/** The edits of the declaration's name and of every reference to it in the templates and filings of the set. */
	private static Map<String, List<TextEdit>> edits(ResourceSet set, EObject declaration, String newName) {
		Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
		EStructuralFeature name = declaration.eClass().getEStructuralFeature("name");
		for (INode node : NodeModelUtils.findNodesForFeature(declaration, name)) {
			add(edits, declaration.eResource(), node, newName);
		}
		for (Resource resource : resources(set)) {
			if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
				continue;
			}
			for (var it = xtext.getAllContents(); it.hasNext();) {
				EObject object = it.next();
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()
							|| !reference.isChangeable()) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
					if (nodes.isEmpty()) {
						continue;
					}
					List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, true)
							: Collections.singletonList(object.eGet(reference, true));
					for (int i = 0; i < targets.size() && i < nodes.size(); i++) {
						if (targets.get(i) instanceof EObject target && !target.eIsProxy()
								&& Revisions.origin(target) == declaration) {
							add(edits, resource, nodes.get(i), newName);
						}
					}
				}
			}
		}
		return edits;
	}

	/** Every template and textual filing the workspace's index knows, loaded in the set. */
	private static List<Resource> resources(ResourceSet set) {
		List<Resource> resources = new ArrayList<>();
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set);
		if (index != null) {
			for (IResourceDescription description : index.getAllResourceDescriptions()) {
				URI uri = description.getURI();
				if ("form".equals(uri.fileExtension()) || "filing".equals(uri.fileExtension())) {
					try {
						resources.add(set.getResource(uri, true));
					} catch (RuntimeException e) {
						// a file that cannot be loaded has no reference to change
					}
				}
			}
		} else {
			resources.addAll(List.copyOf(set.getResources()));
		}
		return resources;
	}

	/** Replaces the code a node spells (the last segment of a qualified name). */
	private static void add(Map<String, List<TextEdit>> edits, Resource resource, INode node, String newName) {
		String text = NodeModelUtils.getTokenText(node);
		int start = node.getOffset();
		int length = node.getLength();
		String full = node.getText();
		int dot = full.lastIndexOf('.');
		if (dot >= 0) {
			start += dot + 1;
			length -= dot + 1;
		}
		if (text.isEmpty() || !(resource instanceof XtextResource xtext)) {
			return;
		}
		String content = xtext.getParseResult().getRootNode().getText();
		Range range = new Range(position(content, start), position(content, start + length));
		String uri = uriString(resource.getURI());
		List<TextEdit> list = edits.computeIfAbsent(uri, u -> new ArrayList<>());
		TextEdit edit = new TextEdit(range, newName);
		if (!list.contains(edit)) {
			list.add(edit);
		}
	}

	private static String uriString(URI uri) {
		// file:///path, as clients send it (EMF writes file:/path)
		return uri.isFile() ? Path.of(uri.toFileString()).toUri().toString() : uri.toString();
	}

	private static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}
}
