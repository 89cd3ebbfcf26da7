package vn.egov.console.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Fills a combo box from a list that is read only when the user opens the box or types in it, and kept by nobody
 * afterwards. A combo box given the list itself ({@code setItems(list)}) holds it for as long as the view is open:
 * the 177 units of the province in every open mailbox, certificate or dashboard screen of every user. Matching is by
 * the item's label, ignoring case, like the in-memory combo box.
 */
public final class LazyChoices {

    private LazyChoices() {
    }

    /** Call after {@code setItemLabelGenerator}. */
    public static <T> void load(ComboBox<T> box, Supplier<List<T>> source) {
        var label = box.getItemLabelGenerator();
        box.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return source.get().stream()
                    .filter(item -> filter.isEmpty() || label.apply(item).toLowerCase(Locale.ROOT).contains(filter))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
    }
}
