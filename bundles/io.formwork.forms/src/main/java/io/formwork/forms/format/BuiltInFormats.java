package io.formwork.forms.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.formwork.filing.CsvFilingReader;
import io.formwork.filing.JsonFilingReader;
import io.formwork.forms.DocxFilingReader;
import io.formwork.forms.HtmlFilingReader;
import io.formwork.forms.Ooxml;
import io.formwork.forms.XlsxFilingReader;
import io.formwork.narrative.Extraction;
import io.formwork.narrative.NarrativeExtractor;
import io.formwork.runtime.Filing;

/**
 * The built-in formats that need no Xtext: JSON and CSV filings, Word and Excel forms, published pages and
 * narrative text (the textual {@code .filing} format is the pipeline's: it is written in a Formwork language).
 * In the order the registry asks them to sniff a file's content.
 */
public final class BuiltInFormats {

	private BuiltInFormats() {
	}

	/** JSON, CSV, DOCX, XLSX, HTML, then narrative text (which takes anything that is text). */
	public static List<FilingFormat> all() {
		return List.of(JSON, CSV, DOCX, XLSX, HTML, TEXT);
	}

	/** The text of a file's first bytes, without a byte order mark or leading white space. */
	public static String start(byte[] head) {
		return new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
	}

	private static boolean zip(byte[] head) {
		return head.length >= 2 && head[0] == 'P' && head[1] == 'K';
	}

	public static final FilingFormat JSON = new Simple("json", Set.of("json")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			return start(head).startsWith("{");
		}

		@Override
		public boolean layoutFree() {
			return true;
		}

		@Override
		public Filing read(Path file, FormatContext context) {
			return new JsonFilingReader().read(file);
		}
	};

	public static final FilingFormat CSV = new Simple("csv", Set.of("csv")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			String start = start(head);
			String firstLine = start.lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
			return start.startsWith("#") || firstLine.matches("\"?cell\"?\\s*,.*");
		}

		@Override
		public boolean layoutFree() {
			return true;
		}

		@Override
		public Filing read(Path file, FormatContext context) {
			return new CsvFilingReader().read(file);
		}
	};

	public static final FilingFormat DOCX = new Simple("docx", Set.of("docx")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			return zip(head) && "docx".equals(Ooxml.kind(file));
		}

		@Override
		public String templateOf(Path file) {
			return Ooxml.templateOf(file);
		}

		@Override
		public Filing read(Path file, FormatContext context) {
			return new DocxFilingReader(context.template()).read(file);
		}
	};

	public static final FilingFormat XLSX = new Simple("xlsx", Set.of("xlsx")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			// a zip that is no Word document: the workbook reader says what is wrong with it
			return zip(head) && !"docx".equals(Ooxml.kind(file));
		}

		@Override
		public String templateOf(Path file) {
			return Ooxml.templateOf(file);
		}

		@Override
		public Filing read(Path file, FormatContext context) {
			return new XlsxFilingReader(context.template()).read(file);
		}
	};

	/** A published page: its tables matched against the template's, or its text read for claims when it has none. */
	public static final FilingFormat HTML = new Simple("html", Set.of("html", "htm")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			return start(head).startsWith("<");
		}

		@Override
		public Filing read(Path file, FormatContext context) throws IOException {
			return context.layout().tables().isEmpty() ? narrative(file, context, true)
					: new HtmlFilingReader(context.template()).read(file);
		}
	};

	/** Narrative text: the figures its sentences state, read for the template's claims. */
	public static final FilingFormat TEXT = new Simple("txt", Set.of("txt")) {
		@Override
		public boolean sniff(Path file, byte[] head) {
			return true;
		}

		@Override
		public Filing read(Path file, FormatContext context) throws IOException {
			return narrative(file, context, false);
		}
	};

	private static Filing narrative(Path file, FormatContext context, boolean html) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Extraction extraction = html ? NarrativeExtractor.extractHtml(text, file.toString(), context.claims())
				: NarrativeExtractor.extract(text, file.toString(), context.claims());
		Filing filing = new Filing(file.toString()).template(context.templateId());
		extraction.facts().forEach(filing::add);
		extraction.problems().forEach(filing::problem);
		return filing;
	}

	private abstract static class Simple implements FilingFormat {
		private final String id;
		private final Set<String> extensions;

		Simple(String id, Set<String> extensions) {
			this.id = id;
			this.extensions = extensions;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public Set<String> extensions() {
			return extensions;
		}

		@Override
		public String toString() {
			return id;
		}
	}
}
