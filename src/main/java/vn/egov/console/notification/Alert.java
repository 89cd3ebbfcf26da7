package vn.egov.console.notification;

/**
 * Something to tell people. Title and body are translation keys, rendered in each recipient's language.
 *
 * @param dedupKey  the same key is delivered to a person at most once (e.g. "cert:42:expiry:30"); null = always
 * @param route     the view to open from the bell, e.g. "certificates/42"; may be null
 * @param email     also send an e-mail to recipients who have an address
 */
public record Alert(String dedupKey, String titleKey, String bodyKey, Object[] args, String route, boolean email) {

    public static Alert of(String dedupKey, String titleKey, String bodyKey, String route, Object... args) {
        return new Alert(dedupKey, titleKey, bodyKey, args, route, true);
    }
}
