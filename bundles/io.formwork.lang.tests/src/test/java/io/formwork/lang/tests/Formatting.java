package io.formwork.lang.tests;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Provider;

/** Formats a parsed .form resource with the language's formatter and returns the new text. */
public final class Formatting {

	private Formatting() {
	}

	public static String format(XtextResource resource) {
		IFormatter2 formatter = resource.getResourceServiceProvider().get(IFormatter2.class);
		@SuppressWarnings("unchecked")
		Provider<TextRegionAccessBuilder> builders = resource.getResourceServiceProvider()
				.get(com.google.inject.Injector.class).getProvider(TextRegionAccessBuilder.class);
		ITextRegionAccess access = builders.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest();
		request.setTextRegionAccess(access);
		request.setAllowIdentityEdits(false);
		request.setExceptionHandler(org.eclipse.xtext.util.ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatter.format(request);
		return access.getRewriter().renderToString(replacements);
	}
}
