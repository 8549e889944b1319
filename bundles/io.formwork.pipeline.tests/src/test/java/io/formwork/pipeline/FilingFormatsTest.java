package io.formwork.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.formwork.forms.format.BuiltInFormats;
import io.formwork.forms.format.FilingFormat;
import io.formwork.forms.format.FormatContext;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Filing;
import io.formwork.runtime.Location;
import io.formwork.runtime.Value;

/** The registry: a format by extension, then by content; formats added through ServiceLoader and by hand. */
class FilingFormatsTest {

	static final Path FILINGS = TemplatesTest.EXAMPLES.resolve("filings");

	/**
	 * A format as a reader module would contribute it (listed in this module's test
	 * META-INF/services): {@code .kv} files of {@code address = value} lines, read with the template's id.
	 */
	public static final class KeyValueFormat implements FilingFormat {
		@Override
		public String id() {
			return "kv";
		}

		@Override
		public Set<String> extensions() {
			return Set.of("kv");
		}

		@Override
		public boolean sniff(Path file, byte[] head) {
			return BuiltInFormats.start(head).startsWith("kv:");
		}

		@Override
		public Filing read(Path file, FormatContext context) throws IOException {
			Filing filing = new Filing(file.toString()).template(context.templateId()).year(context.plan().year());
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				String[] parts = lines.get(i).split("=");
				if (parts.length == 2) {
					filing.add(Fact.of(CellAddress.parse(parts[0].strip()), Value.of(parts[1].strip()),
							Location.of(file.toString(), i + 1, 1)));
				}
			}
			return filing;
		}
	}

	@Test
	void theFormatOfAFileIsTheOneItsExtensionNames() throws IOException {
		FilingFormats formats = FilingFormats.standard();
		assertThat(formats.formatOf(FILINGS.resolve("example-city-2021.json")).id()).isEqualTo("json");
		assertThat(formats.formatOf(FILINGS.resolve("example-city-2021.csv")).id()).isEqualTo("csv");
		assertThat(formats.formatOf(FILINGS.resolve("example-city-2021.filing")).id()).isEqualTo("filing");
		assertThat(formats.formatOf(FILINGS.resolve("example-county-2019.html")).id()).isEqualTo("html");
		assertThat(formats.formatOf(FILINGS.resolve("pingliang-2018.txt")).id()).isEqualTo("txt");
	}

	@Test
	void withoutAKnownExtensionTheContentDecides(@TempDir Path dir) throws IOException {
		FilingFormats formats = FilingFormats.standard();
		for (String example : List.of("example-city-2021.json", "example-city-2021.csv", "example-city-2021.filing",
				"example-county-2019.html", "pingliang-2018.txt")) {
			Path copy = dir.resolve(example.replace('.', '_') + ".dat");
			Files.copy(FILINGS.resolve(example), copy);
			String expected = example.substring(example.lastIndexOf('.') + 1);
			assertThat(formats.formatOf(copy).id()).as(example).isEqualTo(expected);
		}
	}

	@Test
	void aFormatListedForTheServiceLoaderIsFoundByExtensionAndByContent(@TempDir Path dir) throws IOException {
		FilingFormats formats = FilingFormats.standard();
		assertThat(formats.extensions()).contains("kv", "json", "docx", "xlsx", "htm");
		Path file = dir.resolve("a.kv");
		Files.writeString(file, "kv: 1\n");
		assertThat(formats.formatOf(file)).isInstanceOf(KeyValueFormat.class);
		Path unnamed = dir.resolve("a.data");
		Files.writeString(unnamed, "kv: 1\n");
		assertThat(formats.formatOf(unnamed)).isInstanceOf(KeyValueFormat.class);
		assertThat(FilingFormats.builtIn().byExtension(file)).isNull();
	}

	@Test
	void aFormatAddedByHandTakesItsExtensionsAndIsReadWithTheTemplatesLayout(@TempDir Path dir) throws Exception {
		FilingFormats formats = FilingFormats.builtIn().add(new KeyValueFormat());
		Templates templates = Templates.load(List.of(TemplatesTest.EXAMPLES), "gid_2021");
		Path file = dir.resolve("city.kv");
		Files.writeString(file, "t2_1[regulations, issued] = 2\n");
		Pipeline pipeline = new Pipeline(templates, formats, Pipeline.Options.DEFAULT);
		Pipeline.Read read = pipeline.read(file);
		assertThat(read.template().template.getName()).isEqualTo("gid_2021");
		assertThat(read.filing().template()).isEqualTo("gid_2021");
		assertThat(read.filing().facts()).hasSize(1);
		formats.remove(formats.byExtension(file));
		assertThat(formats.byExtension(file)).isNull();
	}
}
