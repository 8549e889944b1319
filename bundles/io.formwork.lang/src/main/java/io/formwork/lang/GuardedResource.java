package io.formwork.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * The resource of templates and textual filings: what it parses is guarded. Files are read within a size limit
 * ({@value #MAX_BYTES} bytes) as strict UTF-8 (a byte that is not UTF-8 is an error at its line and column,
 * naming the encoding problem, never a silent U+FFFD), and {@link SourceLimits} bounds nesting, expression length
 * and digits before the parser sees the text. Loading, a full reparse and an editor's partial reparse all pass
 * here; the problems are resource errors like syntax errors, so every door (check, validate, the editor, the
 * language server) reports them.
 */
public class GuardedResource extends LazyLinkingResource {

	public static final int MAX_BYTES = 64 << 20;

	private final List<Limit> pending = new ArrayList<>();

	@Override
	protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		setEncodingFromOptions(options);
		pending.clear();
		String text;
		if (in instanceof LazyStringInputStream string) {
			text = string.getString();
		} else {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				pending.add(new Limit(code(SourceLimits.TOO_LARGE), 0, 0, 1, 1,
						"文件过大（最多 " + (MAX_BYTES >> 20) + " MB），未读取。 The file is too large (at most " + (MAX_BYTES >> 20)
								+ " MB); it is not read."));
				text = "";
			} else {
				text = decode(bytes);
			}
		}
		SourceLimits.Result limited = SourceLimits.check(text);
		for (SourceLimits.Problem problem : limited.problems()) {
			int[] at = lineAndColumn(text, problem.offset());
			String code = problem.code().equals(SourceLimits.NUMBER_TOO_LONG) && isFiling() ? "filing.outOfRange"
					: problem.code();
			pending.add(new Limit(code, problem.offset(), problem.length(), at[0], at[1], problem.message()));
		}
		IParseResult result = getEntryPoint() == null ? getParser().parse(new StringReader(limited.text()))
				: getParser().parse(getEntryPoint(), new StringReader(limited.text()));
		updateInternalState(getParseResult(), result);
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		IParseResult current = getParseResult();
		if (current != null && current.getRootNode() != null) {
			String text = current.getRootNode().getText();
			if (offset >= 0 && offset + replacedTextLength <= text.length()) {
				String updated = text.substring(0, offset) + newText + text.substring(offset + replacedTextLength);
				if (!pending.isEmpty() || !SourceLimits.check(updated).problems().isEmpty()) {
					try {
						reparse(updated); // past a limit (or back under it): the whole text, guarded
						return;
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
		}
		super.update(offset, replacedTextLength, newText);
	}

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		super.updateInternalState(oldParseResult, newParseResult);
		getErrors().addAll(0, pending);
	}

	/** Strict decoding in the resource's encoding (UTF-8 unless configured otherwise); a located error else. */
	private String decode(byte[] bytes) {
		Charset charset;
		try {
			charset = getEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getEncoding());
		} catch (RuntimeException e) {
			charset = StandardCharsets.UTF_8;
		}
		int start = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
				&& (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
					.toString();
		} catch (CharacterCodingException e) {
			String lenient = new String(bytes, start, bytes.length - start, charset);
			int bad = lenient.indexOf('\uFFFD');
			int offset = Math.max(0, bad);
			int[] at = lineAndColumn(lenient, offset);
			pending.add(new Limit(isFiling() ? "filing.unreadable" : SourceLimits.ENCODING, offset, 1, at[0], at[1],
					"文件不是有效的 " + charset.name() + " 编码（第 " + at[0] + " 行第 " + at[1] + " 列；也许是 GBK？请另存为 UTF-8）。 The file is not valid "
							+ charset.name() + " (line " + at[0] + ", column " + at[1] + "; GBK perhaps? Save it as UTF-8)."));
			return lenient;
		}
	}

	private String code(String code) {
		return isFiling() && code.equals(SourceLimits.TOO_LARGE) ? "filing.unreadable" : code;
	}

	private boolean isFiling() {
		URI uri = getURI();
		return uri != null && "filing".equals(uri.fileExtension());
	}

	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		int end = Math.min(offset, text.length());
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, end - lineStart + 1 };
	}

	/** A limit passed: a resource error with its place and issue code, like a syntax error. */
	static final class Limit extends AbstractDiagnostic {
		private final String code;
		private final int offset;
		private final int length;
		private final int line;
		private final int column;
		private final String message;

		Limit(String code, int offset, int length, int line, int column, String message) {
			this.code = code;
			this.offset = offset;
			this.length = length;
			this.line = line;
			this.column = column;
			this.message = message;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return code;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public int getOffset() {
			return offset;
		}

		@Override
		public int getLength() {
			return length;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumnEnd() {
			return column + length;
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public URI getUriToProblem() {
			return null;
		}

		@Override
		public String getLocation() {
			return line + ":" + column;
		}
	}
}
