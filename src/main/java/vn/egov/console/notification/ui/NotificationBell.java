package vn.egov.console.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import vn.egov.console.base.i18n.Formats;
import vn.egov.console.base.time.ProvinceTime;
import vn.egov.console.notification.NotificationService;
import vn.egov.console.notification.NotificationView;

/** The bell in the top bar: unread count, and the latest notifications in a popover. */
public class NotificationBell extends Div {
    private final NotificationService service;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Div list = new Div();

    public NotificationBell(NotificationService service) {
        this.service = service;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        badge.addClassName("bell-badge");
        badge.setId("notification-count");
        add(bell, badge);

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("380px");
        Button markAll = new Button(getTranslation("notification.markAllRead"), e -> {
            service.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Div head = new Div(new Span(getTranslation("notification.title")), markAll);
        head.addClassName("bell-head");
        list.addClassName("bell-list");
        popover.add(head, list);
        // the list is built when opened and dropped when closed: twenty notifications are some 140 components,
        // which every open page of every user would otherwise keep for nothing
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            } else {
                list.removeAll();
            }
        });
        add(popover);
        showCount();
    }

    private void showCount() {
        long unread = service.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.unread", unread));
    }

    private void refresh() {
        showCount();
        list.removeAll();
        var items = service.recent(20);
        if (items.isEmpty()) list.add(new Span(getTranslation("notification.none")));
        for (NotificationView n : items) list.add(item(n));
    }

    private Div item(NotificationView n) {
        Span title = new Span(n.title());
        title.addClassName("bell-item-title");
        Span when = new Span(Formats.dateTime(n.createdAt().atZone(ProvinceTime.ZONE)));
        when.addClassName("bell-item-when");
        Div item = new Div(title, when);
        if (n.body() != null) item.addComponentAtIndex(1, new Span(n.body()));
        item.addClassName("bell-item");
        if (!n.read()) item.addClassName("unread");
        item.addClickListener(e -> {
            service.markRead(n.id());
            if (n.route() != null) getUI().ifPresent(ui -> ui.navigate(n.route()));
            refresh();
        });
        return item;
    }
}
