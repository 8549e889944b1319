package io.formwork.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;

/**
 * What DOCX and XLSX have in common: opening them safely, the properties that name the template, and
 * writing them byte for byte the same for the same input.
 *
 * <p>Safety: a file must start as a zip does (an old binary .doc/.xls or an encrypted file is told apart);
 * it may be at most {@value #MAX_FILE_MB} MB; POI's {@link ZipSecureFile} refuses an entry whose compressed size
 * is under 1/{@value #MAX_RATIO_PERCENT} of its inflated size (a zip bomb), any entry over {@value #MAX_ENTRY_MB}
 * MB inflated, and text over
 * {@value #MAX_TEXT_MB} MB; POI's XML parsers refuse document type declarations, so entities (XXE, "billion
 * laughs") are never expanded.
 */
public final class Ooxml {

	/** Custom document properties that carry the template a form was generated from. */
	public static final String TEMPLATE_PROPERTY = "formwork.template";
	public static final String YEAR_PROPERTY = "formwork.year";
	public static final String BODY_PROPERTY = "formwork.body";

	static final int MAX_FILE_MB = 100;
	static final int MAX_ENTRY_MB = 100;
	static final int MAX_TEXT_MB = 20;
	static final int MAX_RATIO_PERCENT = 100;

	/** The time every entry of a generated file carries, so that the same input gives the same bytes. */
	private static final long FIXED_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

	static {
		// POI logs through Log4j's API; without a provider Log4j complains on standard error. Keep it quiet.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		}
		ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO_PERCENT);
		ZipSecureFile.setMaxEntrySize((long) MAX_ENTRY_MB << 20);
		ZipSecureFile.setMaxTextSize((long) MAX_TEXT_MB << 20);
	}

	private Ooxml() {
	}

	/** Makes sure the zip limits are in force (they are set when this class loads). */
	static void secure() {
		// the static initialiser does the work
	}

	/**
	 * Why a file cannot be opened as an Office Open XML document, or null when it looks like one: it must
	 * exist, be at most {@value #MAX_FILE_MB} MB and start as a zip does.
	 */
	static Problem precheck(Path file, String kind) {
		String source = file.toString();
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) > (long) MAX_FILE_MB << 20) {
				return unreadable(source, "文件大于 " + MAX_FILE_MB + " MB，不予读取",
						"The file is larger than " + MAX_FILE_MB + " MB and is not read");
			}
			head = in.readNBytes(8);
		} catch (IOException e) {
			return unreadable(source, "无法读取文件：" + e.getMessage(), "Cannot read the file: " + e.getMessage());
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return null;
		}
		if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return unreadable(source,
					"这是旧版二进制 Office 文件（.doc/.xls）或加密文件，不是 " + kind + "；请用 Word/Excel/WPS 另存为 " + kind + "（不加密）",
					"This is an old binary Office file (.doc/.xls) or an encrypted one, not " + kind + "; save it as "
							+ kind + " (unencrypted) from Word, Excel or WPS");
		}
		return unreadable(source, "不是 " + kind + " 文件（" + kind + " 是 zip 压缩包，而此文件不是）",
				"Not a " + kind + " file (a " + kind + " file is a zip archive, and this is not)");
	}

	/** The problem for a failure while POI opens or reads a file, explained when it is a known attack. */
	static Problem failure(Path file, String kind, Throwable e) {
		String detail = messages(e);
		String lower = detail.toLowerCase(Locale.ROOT);
		String source = file.toString();
		if (lower.contains("max entry size") || lower.contains("maxentrysize") || lower.contains("max text size")
				|| lower.contains("exceeds the max") || lower.contains("exceed the max size")
				|| lower.contains("max allowed overall size")) {
			return unreadable(source, "文件的某一部分解压后超过限制（每部分最多 " + MAX_ENTRY_MB + " MB，文字最多 " + MAX_TEXT_MB
					+ " MB；表格最多 " + Grid.MAX_ROWS + " 行），不予读取：" + detail,
					"A part of the file is over the limit once inflated (at most " + MAX_ENTRY_MB + " MB a part, " + MAX_TEXT_MB
							+ " MB of text; a table has at most " + Grid.MAX_ROWS + " rows) and is not read: " + detail);
		}
		if (lower.contains("zip bomb") || lower.contains("inflate ratio")) {
			return unreadable(source, "某一部分解压后超过压缩大小的 " + MAX_RATIO_PERCENT + " 倍（限制，防 zip 炸弹；极大的表格也会如此），不予读取：" + detail,
					"A part inflates to more than " + MAX_RATIO_PERCENT + " times its compressed size (the limit against zip bombs,"
							+ " which a very large, repetitive sheet also reaches) and is not read: " + detail);
		}
		if (lower.contains("must start and end within the same entity") || lower.contains("premature end of file")
				|| lower.contains("unexpected end")) {
			return unreadable(source, "文件中的 XML 不完整（被截断或已损坏），不予读取：" + detail,
					"The file's XML is cut off (truncated or damaged) and is not read: " + detail);
		}
		if (lower.contains("doctype") || lower.contains("dtd") || lower.contains("entity")) {
			return unreadable(source, "文件中的 XML 含有文档类型或实体声明（XML 实体攻击？），不予读取",
					"The file's XML declares a document type or entities (an XML entity attack?) and is not read");
		}
		if (lower.contains("encrypt") || lower.contains("password")) {
			return unreadable(source, "文件已加密，请另存为不加密的 " + kind, "The file is encrypted; save it unencrypted as " + kind);
		}
		return unreadable(source, "无法作为 " + kind + " 读取：" + detail, "Cannot be read as " + kind + ": " + detail);
	}

	private static String messages(Throwable e) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null) {
				text.append(text.isEmpty() ? "" : "; ").append(t.getMessage().lines().findFirst().orElse(""));
			} else if (text.isEmpty()) {
				text.append(t.getClass().getSimpleName());
			}
		}
		return text.toString();
	}

	static Problem unreadable(String source, String zh, String en) {
		return Problem.error(FormProblems.UNREADABLE, Location.unknown(source), zh, en);
	}

	/** The custom property, or null. */
	static String property(POIXMLProperties properties, String name) {
		var custom = properties.getCustomProperties();
		if (custom == null || !custom.contains(name)) {
			return null;
		}
		var property = custom.getProperty(name);
		if (property.isSetLpwstr()) {
			return property.getLpwstr();
		}
		if (property.isSetI4()) {
			return Integer.toString(property.getI4());
		}
		return null;
	}

	/** Sets the properties that name the template (and the body, if known) and fixes the dates. */
	static void describe(POIXMLProperties properties, FormTemplate template, String body) {
		var core = properties.getCoreProperties();
		core.setTitle(template.layout().titleZh());
		core.setCreator("Formwork");
		Date fixed = new Date(FIXED_TIME);
		core.setCreated(Optional.of(fixed));
		core.setModified(Optional.of(fixed));
		var custom = properties.getCustomProperties();
		custom.addProperty(TEMPLATE_PROPERTY, template.id());
		custom.addProperty(YEAR_PROPERTY, template.year());
		if (body != null) {
			custom.addProperty(BODY_PROPERTY, body);
		}
	}

	/** The same zip with every entry's time fixed, so that the same form gives the same bytes. */
	static byte[] deterministic(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(Deflater.DEFAULT_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
				rewritten.putNextEntry(copy);
				in.transferTo(rewritten);
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static Problem tooLarge(String source, String zh, String en) {
		return Problem.warning(FormProblems.TOO_LARGE, Location.unknown(source),
				zh + " 超过 " + Grid.MAX_ROWS + " 行或 " + Grid.MAX_COLUMNS + " 列，只读取了前面部分",
				en + " has more than " + Grid.MAX_ROWS + " rows or " + Grid.MAX_COLUMNS + " columns; only the first are read");
	}

	/**
	 * "docx" or "xlsx" for a zip that holds a Word document or a workbook (by the parts it lists), null for
	 * anything else, unreadable included.
	 */
	public static String kind(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("word/document.xml") != null) {
				return "docx";
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return "xlsx";
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The template a generated form names (its {@value #TEMPLATE_PROPERTY} property), or null when the file is
	 * no DOCX/XLSX, cannot be read, or names none.
	 */
	public static String templateOf(Path file) {
		secure();
		if (precheck(file, "DOCX/XLSX") != null) {
			return null;
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(),
				PackageAccess.READ)) {
			String id = property(new POIXMLProperties(pkg), TEMPLATE_PROPERTY);
			pkg.revert();
			return id;
		} catch (Exception | StackOverflowError | OutOfMemoryError e) {
			return null;
		}
	}

	/** How many of a Word document's first non-empty paragraphs {@link #title} looks at. */
	static final int TITLE_PARAGRAPHS = 3;

	/**
	 * The title a Word document states, for choosing its template by year before it is read, one line each: its
	 * first {@value #TITLE_PARAGRAPHS} non-empty paragraphs (runs split mid-word joined) — what a reader sees first,
	 * where a report's title stands —, then its title property (often left over from last year's copy, so it comes
	 * last: a reader of these lines takes the first year); null when it states none, or the file is no DOCX or cannot
	 * be read. Read as a stream: no more of the document
	 * is parsed than those paragraphs, document type declarations are refused.
	 */
	public static String title(Path file) {
		secure();
		if (precheck(file, "DOCX") != null) {
			return null;
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			String title = null;
			var parts = pkg.getPartsByName(Pattern.compile("/word/document\\.xml"));
			if (!parts.isEmpty()) {
				try (InputStream in = parts.get(0).getInputStream()) {
					title = firstParagraphs(in, TITLE_PARAGRAPHS);
				}
			}
			String property = new POIXMLProperties(pkg).getCoreProperties().getTitle();
			if (property != null && !property.isBlank()) {
				title = (title == null ? "" : title) + property.strip() + "\n";
			}
			pkg.revert();
			return title == null || title.isBlank() ? null : title;
		} catch (Exception | StackOverflowError | OutOfMemoryError e) {
			return null;
		}
	}

	/** The text of the first non-empty {@code w:p} paragraphs of a WordprocessingML stream, one line each. */
	static String firstParagraphs(InputStream in, int count) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader xml = factory.createXMLStreamReader(in);
		try {
			StringBuilder lines = new StringBuilder();
			StringBuilder paragraph = new StringBuilder();
			int found = 0;
			boolean inText = false;
			while (xml.hasNext() && found < count) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
					inText = "t".equals(xml.getLocalName());
					if ("p".equals(xml.getLocalName())) {
						paragraph.setLength(0);
					}
				} else if (event == XMLStreamConstants.CHARACTERS && inText) {
					if (paragraph.length() < 1000) {
						paragraph.append(xml.getText());
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
					if ("t".equals(xml.getLocalName())) {
						inText = false;
					} else if ("p".equals(xml.getLocalName()) && !paragraph.toString().isBlank()) {
						lines.append(paragraph.toString().strip()).append('\n');
						found++;
					}
				}
			}
			return lines.toString();
		} finally {
			xml.close();
		}
	}

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
}
