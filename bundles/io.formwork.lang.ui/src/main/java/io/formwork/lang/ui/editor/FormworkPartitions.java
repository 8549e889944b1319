package io.formwork.lang.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Comments and strings as document partitions, so that opening or closing one recolours the text after it.
 */
public final class FormworkPartitions {

	public static final String PARTITIONING = "io.formwork.partitioning";
	public static final String COMMENT = "io.formwork.comment";
	public static final String STRING = "io.formwork.string";
	static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private FormworkPartitions() {
	}

	/** Connects the partitioner to the document once. */
	public static void connect(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
			Token comment = new Token(COMMENT);
			Token string = new Token(STRING);
			scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
					new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\'),
					new SingleLineRule("'", "'", string, '\\') });
			IDocumentPartitioner partitioner = new FastPartitioner(scanner, new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}
}
