package io.formwork.lang.revision;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something wrong with a revision, found while applying it: where in the revision (a statement or a
 * declaration, and optionally one of its features), the issue code and the bilingual message.
 */
public record RevisionProblem(EObject object, EStructuralFeature feature, String code, String message) {
}
