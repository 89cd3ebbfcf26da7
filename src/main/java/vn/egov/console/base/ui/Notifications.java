package vn.egov.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.egov.console.base.error.BusinessException;

/** Toasts with the house look: success bottom-start and short, errors in the middle and until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification n = new Notification(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.open();
    }

    public static void error(BusinessException e) {
        error(translate(e));
    }

    public static String translate(BusinessException e) {
        UI ui = UI.getCurrent();
        Object[] args = e.arguments();
        if (ui == null) return e.messageKey();
        for (int i = 0; i < args.length; i++) {
            // arguments that are themselves translation keys (e.g. "dependents.activeUsers") are translated too
            if (args[i] instanceof String s && s.matches("[a-z]+(\\.[a-zA-Z]+)+")) args[i] = ui.getTranslation(s);
        }
        return ui.getTranslation(e.messageKey(), args);
    }
}
