package vn.egov.console.mailbox.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.egov.console.mailbox.MailboxStatus;

public interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    /** The mailbox currently using this address (at most one: the database enforces it). */
    Optional<Mailbox> findFirstByAddressAndStatusNot(String address, MailboxStatus status);

    List<Mailbox> findByAddressAndStatusOrderByClosedOnDesc(String address, MailboxStatus status);

    long countByUnitIdAndStatusNot(long unitId, MailboxStatus status);

    List<Mailbox> findByStatusOrderByRequestedOnAscIdAsc(MailboxStatus status, org.springframework.data.domain.Pageable page);

    long countByStatus(MailboxStatus status);
}
