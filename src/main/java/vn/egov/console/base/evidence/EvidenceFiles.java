package vn.egov.console.base.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.console.base.error.BusinessException;
import vn.egov.console.base.error.NotFoundException;

/**
 * Evidence files for any feature (roadmap progress, index indicators, service statistics), stored in MariaDB next to
 * the record they prove (docs/decisions/0011-evidence-files.md). This service checks the file, not the caller: the
 * owning feature's service checks role and unit scope first and calls it inside its own transaction, so the evidence
 * is stored exactly when the record that cites it is.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class EvidenceFiles {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxBytes;

    EvidenceFiles(JdbcTemplate jdbc, Clock clock, @Value("${app.evidence.max-bytes:10485760}") int maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Refuses an empty, too large or mislabelled file with a message naming the problem. */
    public EvidenceType check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        EvidenceType type = EvidenceType.ofFileName(name)
                .orElseThrow(() -> new BusinessException("error.evidence.typeNotAllowed", name));
        if (content == null || content.length == 0) throw new BusinessException("error.evidence.empty", name);
        if (content.length > maxBytes) {
            throw new BusinessException("error.evidence.tooLarge", name, maxBytes / (1024 * 1024));
        }
        if (!type.matches(content)) throw new BusinessException("error.evidence.typeMismatch", name, type.name());
        return type;
    }

    /** Stores the evidence after {@link #check}; returns its id. */
    public long store(EvidenceUpload upload, String uploadedBy) {
        EvidenceType type = check(upload.fileName(), upload.content());
        String fileName = cut(upload.fileName().strip().replaceAll("[\\\\/]", "_"), 255);
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO evidence_file (document_number, document_date, summary, file_name, file_type,
                        size_bytes, sha256, content, uploaded_by, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, blankToNull(cut(upload.documentNumber(), 100)));
            ps.setDate(2, upload.documentDate() == null ? null : Date.valueOf(upload.documentDate()));
            ps.setString(3, blankToNull(cut(upload.summary(), 1000)));
            ps.setString(4, fileName);
            ps.setString(5, type.name());
            ps.setInt(6, upload.content().length);
            ps.setString(7, sha256(upload.content()));
            ps.setBytes(8, upload.content());
            ps.setString(9, uploadedBy);
            ps.setTimestamp(10, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public EvidenceInfo info(long id) {
        return jdbc.query("""
                SELECT id, document_number, document_date, summary, file_name, file_type, size_bytes, uploaded_by,
                       uploaded_at FROM evidence_file WHERE id = ?""", (rs, i) -> info(rs), id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("evidence", id));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public byte[] content(long id) {
        return jdbc.query("SELECT content FROM evidence_file WHERE id = ?", (rs, i) -> rs.getBytes(1), id)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("evidence", id));
    }

    private static EvidenceInfo info(ResultSet rs) throws SQLException {
        Date date = rs.getDate("document_date");
        return new EvidenceInfo(rs.getLong("id"), rs.getString("document_number"),
                date == null ? null : date.toLocalDate(), rs.getString("summary"), rs.getString("file_name"),
                EvidenceType.valueOf(rs.getString("file_type")), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
