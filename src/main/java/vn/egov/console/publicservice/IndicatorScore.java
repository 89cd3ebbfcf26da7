package vn.egov.console.publicservice;

/** An indicator's ratio and points; both null when the console holds no data for it. */
public record IndicatorScore(Indicator indicator, Double ratio, Double points) {

    public boolean hasData() {
        return points != null;
    }
}
