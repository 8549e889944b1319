package io.formwork.p2.check.probe;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The application {@code io.formwork.p2.check.probe.check}: the checks that need no display. Writes the report to
 * the file named by {@code -Dformwork.p2check.report} and exits with 0 when every check passed, else 1.
 */
public class HeadlessCheck implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String file = System.getProperty("formwork.p2check.report", "p2-check-report.txt");
		Report report = new Report();
		Checks.run(report);
		report.write(file);
		return report.passed() ? EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// Runs to its end in moments.
	}
}
