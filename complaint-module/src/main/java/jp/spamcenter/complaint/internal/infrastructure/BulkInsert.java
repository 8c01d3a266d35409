package jp.spamcenter.complaint.internal.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
     * How many bytes of messages go to the server in one statement. The driver builds a statement in one buffer
     * that it grows from 8 KB to 128 KB, then to 1 MB and 16 MB, allocated and copied for every statement;
     * arrays of half a megabyte and more are huge objects to the garbage collector. Statements under 128 KB keep
     * the buffer small; the round trips they add are cheap.
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
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cmp_complaint (receipt_number,"
                    + " subject, message_text, prefecture_code, channel, intake, filed_by, received_at) VALUES "
                    + rows(slice.size(), 8) + " RETURNING id")) {
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

    /**
     * Inserts the messages' bytes, several in one statement up to about {@value #PACKET_BYTES} bytes. Not a
     * JDBC batch: the driver encodes and sends each statement of a batch apart, and after each send it drops a
     * buffer that has grown past 8 KB, so every message of a batch had a new 128 KB buffer allocated and
     * cleared for it; one statement of a few messages grows it once.
     */
    public void rawMessages(List<Raw> messages) throws SQLException {
        var statements = new HashMap<Integer, PreparedStatement>();
        try {
            int from = 0;
            while (from < messages.size()) {
                int to = from + 1;
                long bytes = messages.get(from).content().length;
                while (to < messages.size()
                        && to - from < ROWS
                        && bytes + messages.get(to).content().length <= PACKET_BYTES) {
                    bytes += messages.get(to++).content().length;
                }
                PreparedStatement insert = statements.get(to - from);
                if (insert == null) {
                    insert = connection.prepareStatement("INSERT INTO cmp_raw_message"
                            + " (complaint_id, sha256, message_id, size_bytes, content) VALUES " + rows(to - from, 5));
                    statements.put(to - from, insert);
                }
                int p = 1;
                for (Raw raw : messages.subList(from, to)) {
                    insert.setLong(p++, raw.complaintId());
                    insert.setString(p++, raw.sha256());
                    if (raw.messageId() == null || raw.messageId().length() > 250) {
                        insert.setNull(p++, Types.VARCHAR);
                    } else {
                        insert.setString(p++, raw.messageId());
                    }
                    insert.setInt(p++, raw.content().length);
                    insert.setBytes(p++, raw.content());
                }
                insert.executeUpdate();
                from = to;
            }
        } finally {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
        }
    }

    /** The placeholders of a multi-row insert: {@code (?, ?), (?, ?), …}. */
    static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    /** Queues the complaints' analyses, in multi-row inserts. */
    public void analysisJobs(List<Long> complaintIds, Instant now) throws SQLException {
        for (int from = 0; from < complaintIds.size(); from += ROWS) {
            List<Long> slice = complaintIds.subList(from, Math.min(complaintIds.size(), from + ROWS));
            try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO cmp_analysis_job"
                    + " (complaint_id, priority, next_attempt_at, queued_at) VALUES " + rows(slice.size(), 4))) {
                int p = 1;
                for (long id : slice) {
                    insert.setLong(p++, id);
                    insert.setInt(p++, AnalysisJobs.NEW_REPORT);
                    insert.setObject(p++, AnalysisJobs.utc(now));
                    insert.setObject(p++, AnalysisJobs.utc(now));
                }
                insert.executeUpdate();
            }
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
