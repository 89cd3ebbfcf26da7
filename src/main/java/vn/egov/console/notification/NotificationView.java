package vn.egov.console.notification;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationView(long id, Instant createdAt, String title, String body, String route, boolean read) {
}
