package io.formwork.lang.ide;


/**
 * Guice bindings of the IDE services of the filing language (.filing). No Eclipse UI here.
 */
public class FilingIdeModule extends AbstractFilingIdeModule {
}
