package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.spamcenter.advice.api.CaseEntryKind;

/**
 * Reports joined to a case ({@code adv_case_report}), with the line each adds to the case's history
 * ({@code adv_case_entry}, {@code LINKED}), written many rows to a statement: a partner's batch joins thousands
 * of reports to the open cases of their campaigns. Plain JDBC on the caller's transaction's connection.
 */
public class CaseLinks {

    /** A report joining a case. */
    public record Link(long complaintId, long caseId, String receiptNumber, Instant at) {}

    /** Rows per statement: well under the server's packet size. */
    private static final int ROWS = 500;

    private final Connection connection;

    public CaseLinks(Connection connection) {
        this.connection = connection;
    }

    /** On the connection of the entity manager's transaction. */
    public CaseLinks(EntityManager em) {
        this(em.unwrap(Connection.class));
    }

    /** Which of these reports belong to a case already. */
    public Set<Long> linked(Collection<Long> complaintIds) {
        try {
            return linkedIn(complaintIds);
        } catch (SQLException e) {
            throw new IllegalStateException("the reports' cases could not be read", e);
        }
    }

    private Set<Long> linkedIn(Collection<Long> complaintIds) throws SQLException {
        var linked = new HashSet<Long>();
        List<Long> ids = List.copyOf(complaintIds);
        for (int from = 0; from < ids.size(); from += ROWS) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + ROWS));
            try (var select =
                    connection.prepareStatement("SELECT complaint_id FROM adv_case_report WHERE complaint_id IN ("
                            + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")")) {
                for (int i = 0; i < slice.size(); i++) {
                    select.setLong(i + 1, slice.get(i));
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        linked.add(rows.getLong(1));
                    }
                }
            }
        }
        return linked;
    }

    /** Writes the links and their history lines, in the caller's transaction. */
    public void insert(List<Link> links) {
        try {
            insertAll(links);
        } catch (SQLException e) {
            throw new IllegalStateException("the reports could not be joined to their campaigns' cases", e);
        }
    }

    private void insertAll(List<Link> links) throws SQLException {
        for (int from = 0; from < links.size(); from += ROWS) {
            List<Link> slice = links.subList(from, Math.min(links.size(), from + ROWS));
            try (var insert = connection.prepareStatement(
                    "INSERT INTO adv_case_report (complaint_id, case_id, receipt_number, linked_at) VALUES "
                            + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?)")))) {
                int p = 1;
                for (Link link : slice) {
                    insert.setLong(p++, link.complaintId());
                    insert.setLong(p++, link.caseId());
                    insert.setString(p++, link.receiptNumber());
                    insert.setObject(p++, utc(link.at()));
                }
                insert.executeUpdate();
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO adv_case_entry (case_id, at, kind, detail, visible_to_citizen) VALUES "
                            + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?, FALSE)")))) {
                int p = 1;
                for (Link link : slice) {
                    insert.setLong(p++, link.caseId());
                    insert.setObject(p++, utc(link.at()));
                    insert.setString(p++, CaseEntryKind.LINKED.name());
                    insert.setString(p++, link.receiptNumber());
                }
                insert.executeUpdate();
            }
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
