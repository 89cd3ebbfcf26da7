package vn.egov.console.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vietnamese and English must offer the same keys, and every key the code asks for must exist in both. */
class TranslationKeysTest {

    private static final Path I18N = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|BusinessException|translationKey\\(\\)\\s*\\{\\s*return)\\(?\\s*\"([a-zA-Z][\\w]*(?:\\.[\\w]+)+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> english = load("translations.properties").stringPropertyNames();
        Set<String> vietnamese = load("translations_vi.properties").stringPropertyNames();
        assertThat(new TreeSet<>(vietnamese)).as("keys only in one language").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> known = load("translations_vi.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the translations").isEmpty();
    }

    @Test
    void everyEnumValueShownInTheUiIsTranslated() throws IOException {
        Set<String> known = load("translations_vi.properties").stringPropertyNames();
        Set<String> needed = new TreeSet<>();
        for (var v : vn.egov.console.security.Role.values()) needed.add(v.translationKey());
        for (var v : vn.egov.console.organization.Tier.values()) {
            needed.add(v.translationKey());
            needed.add("home.unitsAtTier." + v);
        }
        for (var v : vn.egov.console.organization.UnitKind.values()) needed.add(v.translationKey());
        for (var v : vn.egov.console.organization.UnitStatus.values()) needed.add(v.translationKey());
        for (var v : vn.egov.console.security.LoginEvent.values()) needed.add("loginEvent." + v);
        for (var e : new String[] {"CREATED", "UPDATED", "RENAMED", "MOVED", "MERGED", "RECEIVED", "DISSOLVED"}) {
            needed.add("unitEvent." + e);
        }
        needed.removeAll(known);
        assertThat(needed).as("enum values without a translation").isEmpty();
    }

    @Test
    void vietnameseTextIsReallyVietnamese() throws IOException {
        Properties vi = load("translations_vi.properties");
        assertThat(vi.getProperty("nav.units")).isEqualTo("Đơn vị");
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
