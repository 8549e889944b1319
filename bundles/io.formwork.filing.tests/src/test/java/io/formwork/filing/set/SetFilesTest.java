package io.formwork.filing.set;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.runtime.Location;
import io.formwork.runtime.Severity;
import io.formwork.runtime.aggregation.Hierarchy;

/** The set manifest, the folder convention and the hierarchy file. */
class SetFilesTest {

	@Test
	void theHierarchyNestsBodiesUnderTheirParentsAndReadsTheAggregationOptions(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bodies.json");
		Files.writeString(file, """
				{ "aggregation": { "rule": "H1", "severity": "warning", "tolerance": 0.5, "blankAsZero": true, "tables": ["t3"] },
				  "bodies": [ { "code": "p", "name": "省", "en": "Province", "children": [
				    { "code": "c", "name": "市", "consolidated": false, "children": [ { "code": "k", "name": "县" } ] } ] } ] }
				""", StandardCharsets.UTF_8);
		HierarchyFile.Read read = HierarchyFile.read(file);
		assertThat(read.problems()).isEmpty();
		Hierarchy hierarchy = read.hierarchy();
		assertThat(hierarchy.bodies()).extracting(Hierarchy.Body::code).containsExactly("p", "c", "k");
		assertThat(hierarchy.body("p").consolidated()).isTrue();
		assertThat(hierarchy.body("c").consolidated()).isFalse();
		assertThat(hierarchy.body("k").parent()).isEqualTo("c");
		assertThat(read.options().ruleId()).isEqualTo("H1");
		assertThat(read.options().severity()).isEqualTo(Severity.WARNING);
		assertThat(read.options().tolerance()).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(read.options().blankAsZero()).isTrue();
		assertThat(read.options().tables()).containsExactly("t3");
		assertThat(read.options().location()).isEqualTo(Location.of(file.toString(), 1, 18));
	}

	@Test
	void aBadHierarchyIsLocated(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bodies.json");
		Files.writeString(file, "{ \"bodies\": [ { \"code\": \"p\" },\n { \"code\": \"q\", \"name\": \"乙\" }, { \"code\": \"q\", \"name\": \"丙\" } ] }",
				StandardCharsets.UTF_8);
		HierarchyFile.Read read = HierarchyFile.read(file);
		assertThat(read.problems()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.en())
				.containsExactly("1:15 A body needs a \"code\" and a \"name\"", "2:32 The body code q is used twice");
		Files.writeString(file, "{ \"bodies\": [ ", StandardCharsets.UTF_8);
		assertThat(HierarchyFile.read(file).problems()).singleElement()
				.satisfies(p -> assertThat(p.en()).startsWith("The hierarchy cannot be read: "));
	}

	@Test
	void withoutAManifestTheFolderConventionListsTheFilings(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("2020"));
		Files.createDirectories(dir.resolve("2021"));
		Files.createDirectories(dir.resolve("notes"));
		Files.writeString(dir.resolve("2020/a.filing"), "");
		Files.writeString(dir.resolve("2021/a.json"), "");
		Files.writeString(dir.resolve("2021/b.csv"), "");
		Files.writeString(dir.resolve("2021/readme.md"), "");
		Files.writeString(dir.resolve("notes/c.filing"), "");
		Files.writeString(dir.resolve("bodies.json"), "{}");
		SetManifest manifest = SetManifest.read(dir);
		assertThat(manifest.problems()).isEmpty();
		assertThat(manifest.filings()).extracting(e -> e.year() + "/" + e.body()).containsExactly("2020/a", "2021/a", "2021/b");
		assertThat(manifest.filings()).allMatch(e -> e.template() == null);
		assertThat(manifest.hierarchy()).isEqualTo(dir.resolve("bodies.json"));
		assertThat(manifest.templates()).isEmpty();
	}

	@Test
	void aManifestNamesTemplatesHierarchyAndFilings(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve(SetManifest.MANIFEST), """
				{ "name": "某省", "templates": ["../t/a.form"], "hierarchy": "h.json",
				  "filings": [ { "body": "p", "year": 2021, "template": "gid_2021", "file": "x/p.json" },
				               { "body": "q", "file": "q.json" } ] }
				""", StandardCharsets.UTF_8);
		SetManifest manifest = SetManifest.read(dir);
		assertThat(manifest.name()).isEqualTo("某省");
		assertThat(manifest.templates()).containsExactly(dir.resolve("../t/a.form").normalize());
		assertThat(manifest.hierarchy()).isEqualTo(dir.resolve("h.json"));
		assertThat(manifest.filings()).singleElement().satisfies(e -> {
			assertThat(e.body()).isEqualTo("p");
			assertThat(e.template()).isEqualTo("gid_2021");
			assertThat(e.file()).isEqualTo(dir.resolve("x/p.json"));
		});
		assertThat(manifest.problems()).singleElement()
				.satisfies(p -> assertThat(p.location().line() + " " + p.en()).isEqualTo("3 Each filing needs \"body\", \"year\" (a number) and \"file\""));
	}
}
