package vn.egov.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import tools.jackson.databind.JsonNode;

/**
 * Tells Vaadin that the console has no Polymer templates, so a published server method's arguments never need a
 * template model. Without an implementation on the scanned class path, Vaadin looks for one with {@code
 * ServiceLoader} on every call from the browser that carries arguments (every page of a grid), searching all the
 * application's jars each time: 7 % of the server's CPU under load (decision 0143). Found by Vaadin's start-up
 * scan of the allowed packages, this class ends that search; answering "not a template value" is what Vaadin does
 * when it finds none.
 */
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, java.lang.reflect.Type convertedType) {
        throw new UnsupportedOperationException("The console has no Polymer templates");
    }
}
