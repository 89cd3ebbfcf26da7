package vn.egov.console.publicservice.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.egov.console.publicservice.Period;

/** A year and, optionally, a quarter or a month of it: the periods every public-service figure is computed for. */
class PeriodPicker extends Div {

    static final int FIRST_YEAR = 2018;
    final Select<Integer> year = new Select<>();
    final Select<String> part = new Select<>();

    PeriodPicker(YearMonth current, Runnable changed) {
        year.setLabel(getTranslation("ps.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, current.getYear()).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(current.getMonthValue() == 12 ? current.getYear() : current.getYear() - 1);
        List<String> parts = new ArrayList<>(List.of("Y", "Q1", "Q2", "Q3", "Q4"));
        for (int m = 1; m <= 12; m++) parts.add(String.format("M%02d", m));
        part.setLabel(getTranslation("ps.period"));
        part.setItems(parts);
        part.setItemLabelGenerator(p -> switch (p.charAt(0)) {
            case 'Y' -> getTranslation("ps.period.year");
            case 'Q' -> getTranslation("ps.period.quarter", p.substring(1));
            default -> getTranslation("ps.period.month", Integer.parseInt(p.substring(1)));
        });
        part.setValue("Y");
        year.addValueChangeListener(e -> changed.run());
        part.addValueChangeListener(e -> changed.run());
        add(year, part);
        getStyle().set("display", "contents");
    }

    Period value() {
        int y = year.getValue();
        String p = part.getValue();
        return switch (p.charAt(0)) {
            case 'Y' -> Period.year(y);
            case 'Q' -> Period.quarter(y, Integer.parseInt(p.substring(1)));
            default -> Period.month(YearMonth.of(y, Integer.parseInt(p.substring(1))));
        };
    }
}
