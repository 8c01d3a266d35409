package jp.spamcenter.complaint.internal.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.complaint.internal.domain.Complaint;

/**
 * Machine-passed reports written with a few statements for a whole batch, on the transaction's own connection
 * (the container shares it with JPA's work): the complaints in multi-row inserts that return their ids, the
 * bytes and the analysis jobs in JDBC batches. Nothing of it is in JPA's persistence context.
 */
public final class BulkInsert {

    /** Rows per multi-row insert: well inside MariaDB's limit of 65,535 placeholders. */
    private static final int ROWS = 500;

    /**
     * How many bytes of messages go to the server in one batch. The driver builds a batch in one buffer that
     * it grows from 8 KB to 128 KB, then to 1 MB and 16 MB, allocated and copied for every batch; arrays of half
     * a megabyte and more are huge objects to the garbage collector. Batches under 128 KB keep the buffer small;
     * the round trips they add are cheap.
     */
    public static final int PACKET_BYTES = 96 * 1024;

    private final Connection connection;

    public BulkInsert(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the complaints; their ids, in order. */
    public List<Long> complaints(List<Complaint> complaints) throws SQLException {
        var ids = new ArrayList<Long>(complaints.size());
        for (int from = 0; from < complaints.size(); from += ROWS) {
            List<Complaint> slice = complaints.subList(from, Math.min(complaints.size(), from + ROWS));
            var sql = new StringBuilder("INSERT INTO cmp_complaint (receipt_number, subject, message_text,"
                    + " prefecture_code, channel, intake, filed_by, received_at) VALUES ");
            for (int i = 0; i < slice.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            }
            sql.append(" RETURNING id");
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Complaint c : slice) {
                    insert.setString(p++, c.receiptNumber().value());
                    insert.setString(p++, c.subject());
                    insert.setString(p++, c.messageText());
                    insert.setString(p++, c.prefectureCode());
                    insert.setString(p++, c.channel().name());
                    insert.setString(p++, c.intake().name());
                    insert.setString(p++, c.filedBy());
                    insert.setObject(p++, AnalysisJobs.utc(c.receivedAt()));
                }
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        }
        if (ids.size() != complaints.size()) {
            throw new SQLException("inserted " + complaints.size() + " complaints but got " + ids.size() + " ids");
        }
        return ids;
    }

    /** One message's bytes for a complaint. */
    public record Raw(long complaintId, byte[] content, String sha256, String messageId) {}

    /** Inserts the messages' bytes, sent in packets of about {@value #PACKET_BYTES} bytes. */
    public void rawMessages(List<Raw> messages) throws SQLException {
        long pending = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cmp_raw_message"
                + " (complaint_id, sha256, message_id, size_bytes, content) VALUES (?, ?, ?, ?, ?)")) {
            for (Raw raw : messages) {
                insert.setLong(1, raw.complaintId());
                insert.setString(2, raw.sha256());
                if (raw.messageId() == null || raw.messageId().length() > 250) {
                    insert.setNull(3, Types.VARCHAR);
                } else {
                    insert.setString(3, raw.messageId());
                }
                insert.setInt(4, raw.content().length);
                insert.setBytes(5, raw.content());
                insert.addBatch();
                pending += raw.content().length;
                if (pending >= PACKET_BYTES) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Queues the complaints' analyses. */
    public void analysisJobs(List<Long> complaintIds, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO cmp_analysis_job"
                + " (complaint_id, priority, next_attempt_at, queued_at) VALUES (?, ?, ?, ?)")) {
            for (long id : complaintIds) {
                insert.setLong(1, id);
                insert.setInt(2, AnalysisJobs.NEW_REPORT);
                insert.setObject(3, AnalysisJobs.utc(now));
                insert.setObject(4, AnalysisJobs.utc(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The citizens' addresses, apart from the reports. */
    public void contacts(List<Long> complaintIds, List<String> emails) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO cmp_contact (complaint_id, email) VALUES (?, ?)")) {
            for (int i = 0; i < complaintIds.size(); i++) {
                if (emails.get(i) != null) {
                    insert.setLong(1, complaintIds.get(i));
                    insert.setString(2, emails.get(i));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
