package io.formwork.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A PDF written byte by byte for the hostile cases: numbered objects, a correct cross-reference table. */
final class PdfBytes {

	private final List<byte[]> objects = new ArrayList<>();

	/** Adds an object (its body, without "n 0 obj"); returns its number. */
	int add(String body) {
		return add(body.getBytes(StandardCharsets.ISO_8859_1));
	}

	int add(byte[] body) {
		objects.add(body);
		return objects.size();
	}

	/** A stream object with the given dictionary entries and data. */
	int stream(String dictionary, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(data);
		out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
		return add(out.toByteArray());
	}

	/** The file, with object {@code root} as the catalog. */
	byte[] bytes(int root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
		long[] offsets = new long[objects.size() + 1];
		for (int i = 0; i < objects.size(); i++) {
			offsets[i + 1] = out.size();
			out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(objects.get(i));
			out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		long xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int i = 1; i <= objects.size(); i++) {
			table.append(String.format("%010d 00000 n \n", offsets[i]));
		}
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(root).append(" 0 R >>\nstartxref\n")
				.append(xref).append("\n%%EOF\n");
		out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** One page with the given content stream (already encoded) and filter, Helvetica as F1. */
	static byte[] onePage(String filter, byte[] content) {
		PdfBytes pdf = new PdfBytes();
		int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		int stream = pdf.stream(filter == null ? "" : "/Filter /" + filter, content);
		int pages = 4;
		int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + font
				+ " 0 R >> >> /Contents " + stream + " 0 R >>");
		pdf.add("<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
		int catalog = pdf.add("<< /Type /Catalog /Pages " + pages + " 0 R >>");
		return pdf.bytes(catalog);
	}
}
