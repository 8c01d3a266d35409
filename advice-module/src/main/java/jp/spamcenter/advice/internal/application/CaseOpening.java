package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseReport;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CaseLinks;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintEventConsumer;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * Opens a case for every complaint received, or, for a report nobody can be answered for, links it to the
 * open case of its campaign when there is one. Runs in the transaction that delivers the events, so the cases and
 * the deliveries commit together; a complaint that already has a case is left alone (redelivery).
 */
@ApplicationScoped
public class CaseOpening implements ComplaintEventConsumer {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    /** The name the complaint module's outbox keeps this consumer's deliveries under. */
    public static final String CONSUMER = "advice.cases";

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    /** Tells the statistics about each case opened. */
    @Inject
    Event<CaseFigures> caseFigures;

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> consumes() {
        return Set.of(ComplaintReceived.class);
    }

    @Override
    public void consume(List<ComplaintEvent> events) {
        Instant at = clock.instant();
        var received = events.stream().map(ComplaintReceived.class::cast).toList();
        for (long caseId : openAll(em, received, at)) {
            CaseWork.publish(caseFigures, em.find(ConsultationCase.class, caseId), BusinessCalendar.CENTER);
        }
    }

    /**
     * The open case a report joins rather than opening its own: its flood's (one client's reports beyond the web
     * form's rate), or, for a report nobody can be answered for, its campaign's; null for its own case.
     */
    static String group(ComplaintReceived report) {
        if (report.floodKey() != null) {
            return report.floodKey();
        }
        return !report.answerable() ? report.campaignKey() : null;
    }

    /** Opens or joins the case of one report; false when it has one already (redelivery). */
    static boolean open(EntityManager em, ComplaintReceived complaint, Instant at) {
        return !openAll(em, List.of(complaint), at).isEmpty();
    }

    /**
     * Opens a case for each report, or joins a report nobody can be answered for to the open case of its
     * campaign, and a report of a flood to its flood's open case; reports that have a case already are left
     * alone. A batch costs a few statements whatever its
     * size: one look-up of the reports' links, one of their campaigns' open cases (locked, in the campaigns'
     * order, so that two batches wait rather than deadlock), and the joins written many rows at a time. The
     * cases opened or joined, each once.
     */
    static Set<Long> openAll(EntityManager em, List<ComplaintReceived> reports, Instant at) {
        var links = new CaseLinks(em);
        Set<Long> linked = links.linked(
                reports.stream().map(ComplaintReceived::complaintId).toList());
        var fresh = new TreeMap<Long, ComplaintReceived>();
        for (ComplaintReceived report : reports) {
            if (!linked.contains(report.complaintId())) {
                fresh.putIfAbsent(report.complaintId(), report);
            }
        }
        Map<String, ConsultationCase> groupCases = new CaseRepository(em)
                .lockOpenCampaignCases(fresh.values().stream()
                        .map(CaseOpening::group)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)));
        var touched = new LinkedHashSet<Long>();
        var joins = new ArrayList<CaseLinks.Link>();
        for (ComplaintReceived report : fresh.values()) {
            String group = group(report);
            ConsultationCase groupCase = group == null ? null : groupCases.get(group);
            if (groupCase != null) {
                groupCase.reportJoined(at);
                joins.add(new CaseLinks.Link(report.complaintId(), groupCase.id(), report.receiptNumber(), at));
                touched.add(groupCase.id());
                continue;
            }
            var opened = ConsultationCase.openFor(report, at, BusinessCalendar.CENTER);
            if (report.floodKey() != null) {
                opened.groupAs(report.floodKey());
            }
            em.persist(opened);
            em.flush(); // the id, for the history and the report link
            em.persist(opened.openingEntry());
            em.persist(new CaseReport(report.complaintId(), opened.id(), report.receiptNumber(), at));
            touched.add(opened.id());
            if (group != null) {
                groupCases.put(group, opened); // the batch's next reports of it join it
            }
        }
        if (!joins.isEmpty()) {
            em.flush(); // the cases opened above, before rows that refer to them
            links.insert(joins);
        }
        return touched;
    }
}
