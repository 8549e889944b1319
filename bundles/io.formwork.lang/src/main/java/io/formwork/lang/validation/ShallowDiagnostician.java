package io.formwork.lang.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician for one object at a time: the checks of the object itself, not of its contents. Used by
 * {@link IncrementalResourceValidator}, which walks the model itself to keep each object's diagnostics apart.
 */
public class ShallowDiagnostician extends CancelableDiagnostician {

	@Inject
	public ShallowDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		checkCanceled(context);
		return true;
	}
}
