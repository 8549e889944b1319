package io.formwork.lang.ui.views;

import org.eclipse.osgi.util.NLS;

/** Texts of the views, in the workbench's language (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	public static String ExplanationView_empty;
	public static String ExplanationView_fixed;
	public static String TemplateDiffView_empty;
	public static String TemplateDiffView_element;
	public static String TemplateDiffView_change;

	static {
		NLS.initializeMessages("io.formwork.lang.ui.views.messages", Messages.class);
	}

	private Messages() {
	}
}
