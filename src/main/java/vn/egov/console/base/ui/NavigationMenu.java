package vn.egov.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The side navigation as one element: the same {@code <vaadin-side-nav>} markup the {@link SideNav} component would
 * produce (items with a path, a prefix icon, nested items in the "children" slot), written as one {@code innerHTML}
 * property. The browser draws and highlights it exactly as before, and navigation is the client's own (the items are
 * links), so the server needs no component per item.
 * <p>
 * Why: with a {@code SideNavItem} and an {@code Icon} per entry, the menu was ≈ 60–75 state nodes — a third of every
 * screen's nodes, ≈ 45 KB of every open session's heap. The markup is also the same for everyone with the same menu
 * entries and language, so one string per variant is shared by all sessions of the node.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class NavigationMenu extends Component {

    private static final int MAX_VARIANTS = 64;
    private static final Map<String, String> MARKUP = new ConcurrentHashMap<>();

    private final List<String> labels = new ArrayList<>();

    /** Entries in menu order; a path that extends another entry's ("docflow/report") is nested under it. */
    public NavigationMenu(List<MenuEntry> entries, Function<String, String> translate, Locale locale) {
        StringBuilder key = new StringBuilder(locale.toLanguageTag());
        for (MenuEntry e : entries) {
            String label = translate.apply(e.title());
            labels.add(label);
            key.append('|').append(e.path()).append('=').append(label);
        }
        if (MARKUP.size() > MAX_VARIANTS) MARKUP.clear(); // a few roles × languages in practice
        getElement().setProperty("innerHTML", MARKUP.computeIfAbsent(key.toString(), k -> markup(entries, translate)));
    }

    /** The entries' labels in menu order, as the user reads them. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    private static String markup(List<MenuEntry> entries, Function<String, String> translate) {
        Map<String, StringBuilder> topLevel = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            String path = entry.path().replaceAll("^/|/$", "");
            StringBuilder parent = path.contains("/") ? topLevel.get(path.substring(0, path.indexOf('/'))) : null;
            StringBuilder item = new StringBuilder(200).append("<vaadin-side-nav-item path=\"")
                    .append(HtmlText.escape(UrlUtil.encodeURI(path))).append('"');
            if (parent != null) item.append(" slot=\"children\"");
            else item.append(" match-nested");
            item.append('>');
            if (entry.icon() != null) {
                item.append("<vaadin-icon slot=\"prefix\" icon=\"").append(HtmlText.escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            item.append(HtmlText.escape(translate.apply(entry.title())));
            if (parent != null) {
                parent.append(item).append("</vaadin-side-nav-item>");
            } else {
                topLevel.put(path, item);
            }
        }
        StringBuilder html = new StringBuilder(4_000);
        topLevel.values().forEach(item -> html.append(item).append("</vaadin-side-nav-item>"));
        return html.toString();
    }
}
