package vn.egov.console.architecture;

/** The roadmap screen's filter; null fields do not filter. */
public record RoadmapFilter(long versionId, Long componentId, Long leadUnitId, TaskStatus status, boolean overdueOnly,
                            boolean dueSoonOnly) {

    public static RoadmapFilter of(long versionId) {
        return new RoadmapFilter(versionId, null, null, null, false, false);
    }
}
