package vn.egov.console.base.ui;

/**
 * Text made safe to place in HTML that the browser renders from one {@code innerHTML} property. Used where a piece of
 * read-only markup replaces a tree of server-side components: each component is a state node (≈ 0.7–0.9 KB of every
 * open session's heap), while a string of markup is one property of one node.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** Escapes the five characters that could end an element, an attribute or start an entity. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
