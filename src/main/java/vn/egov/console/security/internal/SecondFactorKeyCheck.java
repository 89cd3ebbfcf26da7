package vn.egov.console.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** At start, says in the log when the second-factor key file does not fit the database (see {@link SecondFactorKey}). */
@Component
class SecondFactorKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorKeyCheck.class);

    private final SecondFactorKey key;
    private final SecondFactorRepository factors;

    SecondFactorKeyCheck(SecondFactorKey key, SecondFactorRepository factors) {
        this.key = key;
        this.factors = factors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        var sealed = factors.findAll(PageRequest.of(0, 1)).stream().findFirst().map(SecondFactor::getSecretCipher);
        key.mismatch(sealed).ifPresent(log::error);
    }
}
