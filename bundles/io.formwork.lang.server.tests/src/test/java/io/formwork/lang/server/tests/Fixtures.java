package io.formwork.lang.server.tests;

import java.nio.file.Path;

/** Where the examples and this module's fixtures are (system properties set by the build). */
final class Fixtures {

	private Fixtures() {
	}

	static Path examples() {
		return Path.of(System.getProperty("formwork.examples", "../../examples"));
	}

	static Path fixtures() {
		return Path.of(System.getProperty("formwork.fixtures", "src/test/resources"));
	}

	static Path serverJar() {
		return Path.of(System.getProperty("formwork.server.jar",
				"../io.formwork.lang.server/target/io.formwork.lang.server-0.1.0-SNAPSHOT-all.jar"));
	}
}
