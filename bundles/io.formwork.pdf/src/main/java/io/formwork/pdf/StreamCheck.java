package io.formwork.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

import io.formwork.runtime.Problem;

/**
 * A PDF bomb is refused before anything is decoded for reading: every compressed (Flate) stream that reading
 * would decode (content streams, forms, fonts; not images, which are never decoded for text) is inflated
 * once, counting bytes and keeping none, and the document is refused when one inflates past
 * {@value #MAX_STREAM_MB} MB or all together past {@value #MAX_TOTAL_MB} MB.
 */
final class StreamCheck {

	static final int MAX_STREAM_MB = 64;
	static final int MAX_TOTAL_MB = 256;

	private StreamCheck() {
	}

	static Problem check(COSDocument document, String source) {
		long total = 0;
		List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
		byte[] buffer = new byte[64 << 10];
		for (COSObjectKey key : keys) {
			COSBase base;
			try {
				COSObject object = document.getObjectFromPool(key);
				base = object == null ? null : object.getObject();
			} catch (RuntimeException e) {
				continue; // a damaged object: the reading that needs it will say so
			}
			if (!(base instanceof COSStream stream) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
					|| !flateFirst(stream.getFilters())) {
				continue;
			}
			long size = 0;
			try (InputStream raw = stream.createRawInputStream();
					InputStream in = new InflaterInputStream(raw, new Inflater(), 8192)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					size += n;
					if (size > (long) MAX_STREAM_MB << 20 || total + size > (long) MAX_TOTAL_MB << 20) {
						return PdfFilingReader.unreadable(source,
								"PDF 中的压缩内容解开后过大（对象 " + key.getNumber() + " 超过 " + (size > (long) MAX_STREAM_MB << 20 ? MAX_STREAM_MB : MAX_TOTAL_MB)
										+ " MB，疑似 PDF 炸弹），不予读取",
								"The PDF's compressed content inflates too much (object " + key.getNumber() + " past "
										+ (size > (long) MAX_STREAM_MB << 20 ? MAX_STREAM_MB : MAX_TOTAL_MB) + " MB: a PDF bomb?) and is not read");
					}
				}
			} catch (IOException | RuntimeException e) {
				// a stream that does not inflate: the reading that needs it decides what it means
			}
			total += size;
		}
		return null;
	}

	private static boolean flateFirst(COSBase filters) {
		COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
		return COSName.FLATE_DECODE.equals(first) || COSName.FLATE_DECODE_ABBREVIATION.equals(first);
	}
}
