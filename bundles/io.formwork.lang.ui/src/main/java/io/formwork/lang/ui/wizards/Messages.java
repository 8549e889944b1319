package io.formwork.lang.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the wizards, in the workbench's language (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	public static String NewTemplateWizard_title;
	public static String NewTemplateWizard_description;
	public static String NewTemplateWizard_id;
	public static String NewTemplateWizard_templateTitle;
	public static String NewTemplateWizard_year;
	public static String NewTemplateWizard_catalog;
	public static String ReviseTemplateWizard_title;
	public static String ReviseTemplateWizard_description;
	public static String ReviseTemplateWizard_noTemplate;
	public static String NewFilingWizard_title;
	public static String NewFilingWizard_description;
	public static String NewFilingWizard_noTemplate;
	public static String NewFilingWizard_format;
	public static String NewFilingWizard_formatFiling;
	public static String NewFilingWizard_formatXlsx;
	public static String NewFilingWizard_formatDocx;

	static {
		NLS.initializeMessages("io.formwork.lang.ui.wizards.messages", Messages.class);
	}

	private Messages() {
	}
}
