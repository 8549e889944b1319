package io.formwork.lang.validation;

import org.eclipse.xtext.validation.Check;

import io.formwork.lang.filing.FilingFile;
import io.formwork.lang.filing.FilingPackage;
import io.formwork.runtime.ProblemCodes;

/**
 * Checks of a textual filing that need the template: the year it is for. Codes are checked by linking; the
 * figures by the template's rules.
 */
public class FilingValidator extends AbstractFilingValidator {

	public static final String WRONG_YEAR = ProblemCodes.WRONG_TEMPLATE;

	@Check
	public void checkTheYearIsCoveredByTheTemplate(FilingFile file) {
		if (file.getTemplate() == null || file.getTemplate().eIsProxy()
				|| !file.eIsSet(FilingPackage.Literals.FILING_FILE__YEAR)) {
			return;
		}
		int templateYear = file.getTemplate().getYear();
		if (file.getYear() < templateYear) {
			error(Messages.of("填报年度 " + file.getYear() + " 早于模板 " + file.getTemplate().getName() + " 的适用年度 " + templateYear,
					"The filing is for " + file.getYear() + ", before " + templateYear + ", the first year of template "
							+ file.getTemplate().getName()),
					FilingPackage.Literals.FILING_FILE__YEAR, WRONG_YEAR);
		}
	}
}
