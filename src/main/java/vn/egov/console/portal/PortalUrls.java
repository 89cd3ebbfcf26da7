package vn.egov.console.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.egov.console.base.error.BusinessException;

/** What counts as a portal address: an absolute http or https URL with a host, nothing else. */
public final class PortalUrls {

    public static final int MAX_LENGTH = 500;

    private PortalUrls() {
    }

    /** The address in canonical form (scheme and host in lower case), or a BusinessException saying what is wrong. */
    public static String normalize(String raw) {
        String text = vn.egov.console.base.text.CleanText.line(raw);
        if (text.isEmpty()) throw new BusinessException("error.portal.urlRequired");
        if (text.length() > MAX_LENGTH) throw new BusinessException("error.portal.urlTooLong", MAX_LENGTH);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BusinessException("error.portal.urlInvalid", text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) throw new BusinessException("error.portal.urlInvalid", text);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BusinessException("error.portal.urlScheme", scheme);
        }
        if (uri.getRawUserInfo() != null) throw new BusinessException("error.portal.urlCredentials");
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new BusinessException("error.portal.urlInvalid", text);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
