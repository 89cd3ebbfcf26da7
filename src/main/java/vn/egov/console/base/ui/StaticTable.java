package vn.egov.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * A small read-only table of figures (a dozen rows at most) as one element: the rows are markup in the table's
 * {@code innerHTML}, so the table costs every open session one state node instead of a {@code Grid} (columns,
 * renderers, data communicator, ≈ 20 KB) or a component per cell (≈ 0.8 KB each). Cells are text or links; a link
 * is a plain {@code <a href>}, which the Flow client turns into router navigation. Use a grid for anything a user
 * sorts, selects or scrolls.
 */
@Tag("table")
public class StaticTable extends Component {

    private final List<String> header = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<Integer> numericColumns = new ArrayList<>();

    public StaticTable(String... headerCells) {
        header.addAll(List.of(headerCells));
    }

    /** Right-aligned columns (figures), by index. */
    public StaticTable numeric(int... columns) {
        for (int c : columns) numericColumns.add(c);
        render();
        return this;
    }

    public StaticTable row(Cell... cells) {
        rows.add(List.of(cells));
        render();
        return this;
    }

    public StaticTable row(String... texts) {
        return row(java.util.Arrays.stream(texts).map(Cell::text).toArray(Cell[]::new));
    }

    /** The texts of every body row, for tests and exports. */
    public List<List<String>> texts() {
        return rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
    }

    private void render() {
        StringBuilder html = new StringBuilder(256 + rows.size() * 160);
        html.append("<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            html.append("<th").append(align(i)).append('>').append(HtmlText.escape(header.get(i))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Cell> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) html.append("<td").append(align(i)).append('>').append(row.get(i).html()).append("</td>");
            html.append("</tr>");
        }
        html.append("</tbody>");
        getElement().setProperty("innerHTML", html.toString());
    }

    private String align(int column) {
        return numericColumns.contains(column) ? " class=\"numeric\"" : "";
    }

    /** One cell: text, or a link to a route of the console (relative, with its query). */
    public record Cell(String text, String href, String className) {

        public static Cell text(String text) {
            return new Cell(text, null, null);
        }

        public static Cell link(String text, String href, String className) {
            return new Cell(text, href, className);
        }

        String html() {
            if (href == null) return HtmlText.escape(text);
            return "<a href=\"" + HtmlText.escape(href) + "\"" + (className == null ? "" : " class=\""
                    + HtmlText.escape(className) + "\"") + ">" + HtmlText.escape(text) + "</a>";
        }
    }
}
