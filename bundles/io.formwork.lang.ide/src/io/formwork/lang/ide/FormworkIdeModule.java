package io.formwork.lang.ide;


/**
 * Guice bindings of the Formwork IDE services (content assist, highlighting, outline…), shared by every editor
 * integration: the Eclipse editor and the language server. No Eclipse UI here.
 */
public class FormworkIdeModule extends AbstractFormworkIdeModule {
}
