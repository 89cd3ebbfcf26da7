package vn.egov.console.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.demo.DemoDataSeeder;
import vn.egov.console.organization.Tier;
import vn.egov.console.organization.UnitDraft;
import vn.egov.console.organization.UnitKind;
import vn.egov.console.organization.UnitService;

/**
 * Loads the demo province (Vĩnh Phúc: the Provincial People's Committee and its Office, 24 departments, 6 other
 * units, 9 district-level units and their 136 communes) from {@code demo/vinh-phuc-units.csv}, through the same
 * service and validation an administrator uses.
 */
@Component
class OrganizationDemoSeeder implements DemoDataSeeder {

    static final String FILE = "demo/vinh-phuc-units.csv";
    private final UnitRepository units;
    private final UnitService service;

    OrganizationDemoSeeder(UnitRepository units, UnitService service) {
        this.units = units;
        this.service = service;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void seedIfEmpty() {
        if (units.count() > 0) return;
        Map<String, Long> idsByCode = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split(";", -1);
                Long parentId = f[4].isEmpty() ? null : idsByCode.get(f[4]);
                var draft = new UnitDraft(f[0], f[1], Tier.valueOf(f[2]), UnitKind.valueOf(f[3]), parentId,
                        Integer.parseInt(f[5]), "1".equals(f[6]));
                idsByCode.put(f[0], service.create(draft).id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
