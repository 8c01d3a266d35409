package jp.spamcenter.web.pages.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.spamcenter.complaint.api.AccessAudit;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ReceiptNumber;

/**
 * The access audit page ({@code /audit/access.xhtml}, administrators and supervisors): who read a citizen's
 * data, when, what and why, searched by receipt number, account and period (days on the center's clock). The
 * search is in the address (a GET form), so a finding can be linked in a report.
 */
@Named
@RequestScoped
public class AccessAuditView {

    /** Reads shown at most; the count says how many matched. */
    static final int SHOWN = 500;

    @Inject
    AccessAudit audit;

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    jp.spamcenter.web.staff.AccessAlerts alerts;

    private String receipt;
    private String account;
    private String from;
    private String to;
    private String problem;
    private List<AccessAudit.Read> reads;
    private long matched;
    private List<jp.spamcenter.web.staff.AdminLog.Action> actions = List.of();
    private List<AccessAudit.HeavyReader> heavyReaders = List.of();

    /** Runs the search the address asks for (every field may be empty). */
    public void search() {
        AccessAudit.Query query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            reads = List.of();
            return;
        }
        reads = audit.reads(query, 0, SHOWN);
        matched = reads.size() < SHOWN ? reads.size() : audit.count(query);
        heavyReaders = alerts.current();
        if (query.receipt() == null) {
            // administrators' own actions concern no one report
            actions = adminLog.search(query.actor(), query.from(), query.to(), SHOWN);
        }
    }

    private AccessAudit.Query query() {
        ReceiptNumber number = null;
        if (receipt != null && !receipt.isBlank()) {
            number = ReceiptNumber.parse(receipt)
                    .orElseThrow(() -> new IllegalArgumentException("audit.receipt.invalid"));
        }
        return new AccessAudit.Query(number, blankToNull(account), dayStart(from, 0), dayStart(to, 1));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The start of a day (or of the day after, for an end) on the center's clock; null when none was given. */
    private static Instant dayStart(String day, int plusDays) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(CenterTime.ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("audit.date.invalid");
        }
    }

    public List<AccessAudit.Read> getReads() {
        return reads;
    }

    /** Administrators' actions matching the account and period (none for a receipt search). */
    public List<jp.spamcenter.web.staff.AdminLog.Action> getActions() {
        return actions;
    }

    /** Accounts that read more persons' data in the last day than allowed: shown as an alert. */
    public List<AccessAudit.HeavyReader> getHeavyReaders() {
        return heavyReaders;
    }

    public int getAlertPersons() {
        return alerts.persons();
    }

    public long getMatched() {
        return matched;
    }

    public boolean isTruncated() {
        return matched > SHOWN;
    }

    /** The message key of what was wrong with the search, or null. */
    public String getProblem() {
        return problem;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
