package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseConversation;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.CasePriority;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseEntry;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.CaseReport;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.domain.Placeholders;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.complaint.api.CitizenMail;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * The advisors' work on cases and the citizens' side of it, each change in one transaction with its history
 * entries. Cases are read with a row lock, so two advisors acting at once on one case queue up rather than
 * overwrite each other; a change made on an out-of-date screen is refused by the version.
 */
@ApplicationScoped
@Transactional
public class CaseWork implements CaseDesk, CaseConversation {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    /** Mails replies to citizens who gave an address; absent where the complaint module is not deployed. */
    @Inject
    CitizenMail citizenMail;

    /** Tells the statistics what a changed case counts as now. */
    @Inject
    Event<CaseFigures> caseFigures;

    BusinessCalendar calendar = BusinessCalendar.CENTER;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> find(long caseId) {
        return Optional.ofNullable(em.find(ConsultationCase.class, caseId)).map(this::view);
    }

    @Override
    public Optional<CaseView> open(long caseId, String advisor) {
        var c = em.find(ConsultationCase.class, caseId);
        if (c == null) {
            return Optional.empty();
        }
        if (c.summary().answerUnread()) {
            c = locked(caseId, null);
            if (c.readBy(advisor)) {
                em.flush(); // the view carries the version the advisor's next change is checked against
            }
        }
        return Optional.of(view(c));
    }

    @Override
    public CaseView take(long caseId, String advisor) {
        var c = locked(caseId, null);
        record(c.take(advisor, now()));
        return view(c);
    }

    @Override
    public void takeAll(Collection<Long> caseIds, String advisor) {
        Instant now = now();
        for (long id : sorted(caseIds)) {
            record(locked(id, null).take(advisor, now));
        }
    }

    @Override
    public void assign(Collection<Long> caseIds, String advisor, String actor) {
        Instant now = now();
        for (long id : sorted(caseIds)) {
            record(locked(id, null).giveTo(advisor, actor, now));
        }
    }

    @Override
    public CaseView move(long caseId, CaseStatus to, String actor, long version) {
        var c = locked(caseId, version);
        record(c.moveTo(to, actor, now()));
        return view(c);
    }

    @Override
    public CaseView close(long caseId, CloseReason reason, String actor, long version) {
        var c = locked(caseId, version);
        record(c.close(reason, actor, now()));
        return view(c);
    }

    @Override
    public int closeAll(Collection<Long> caseIds, CloseReason reason, String actor) {
        Instant now = now();
        int closed = 0;
        for (long id : sorted(caseIds)) {
            var c = locked(id, null);
            if (c.status().isOpen()) {
                record(c.close(reason, actor, now));
                closed++;
            }
        }
        return closed;
    }

    @Override
    public CaseView prioritise(long caseId, CasePriority priority, String actor, long version) {
        var c = locked(caseId, version);
        record(c.prioritise(priority, actor, now(), calendar));
        return view(c);
    }

    @Override
    public CaseView note(long caseId, String text, String actor) {
        var c = locked(caseId, null);
        record(c.note(text, actor, now()));
        return view(c);
    }

    @Override
    public CaseView reply(long caseId, String text, boolean awaitAnswer, String actor) {
        var c = locked(caseId, null);
        record(c.reply(text, awaitAnswer, actor, now()));
        CaseView view = view(c);
        if (citizenMail != null) {
            // every report the case answers: a merged case answers its duplicates' citizens too
            var textByReport = new LinkedHashMap<ComplaintId, String>();
            for (CaseView.Report report : view.reports()) {
                textByReport.put(
                        new ComplaintId(report.complaintId()),
                        Placeholders.forCitizen(text.strip(), report.receiptNumber()));
            }
            citizenMail.mailReply(textByReport);
        }
        return view;
    }

    @Override
    public CaseView merge(long duplicateId, long keptId, String actor) {
        // lock in id order, as every bulk change does, so that two merges cannot deadlock
        var first = locked(Math.min(duplicateId, keptId), null);
        var second = locked(Math.max(duplicateId, keptId), null);
        var duplicate = first.id() == duplicateId ? first : second;
        var kept = duplicate == first ? second : first;
        Instant now = now();
        CaseEntry closing = duplicate.mergeInto(kept, actor, now);
        // the history and the reports join the kept case; the duplicate keeps a line that says where they went
        cases().moveAll(duplicate.id(), kept.id());
        record(closing);
        record(kept.mergedFrom(duplicate, actor, now));
        return view(kept);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdvisorLoad> load() {
        return cases().loads(now());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Conversation> of(ComplaintId complaint) {
        return cases().answering(complaint.value()).map(c -> conversation(c, complaint));
    }

    @Override
    public Conversation answer(ComplaintId complaint, String text) {
        var c = cases().answering(complaint.value())
                .orElseThrow(() -> new CaseChangeRejected("noCase", "no case is open for the report yet"));
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        record(c.citizenAnswered(complaint.value(), text, now()));
        return conversation(c, complaint);
    }

    /**
     * What one report's citizen reads: the center's replies, with their own receipt number, and their own
     * messages; in a merged case never another citizen's.
     */
    private Conversation conversation(ConsultationCase c, ComplaintId complaint) {
        String receipt = em.find(CaseReport.class, complaint.value()).receiptNumber();
        var messages = cases().conversation(c.id(), complaint.value()).stream()
                .map(CaseEntry::view)
                .map(e -> e.kind() == CaseEntryKind.REPLY
                        ? new Message(e.at(), true, Placeholders.forCitizen(e.body(), receipt))
                        : new Message(e.at(), false, e.body()))
                .toList();
        var referrals = cases()
                .referrals(
                        c.id(),
                        List.of(
                                Referrals.ReferralState.SENT,
                                Referrals.ReferralState.ACKNOWLEDGED,
                                Referrals.ReferralState.RESOLVED))
                .stream()
                .map(CaseReferral::figures)
                .map(f -> new CaseConversation.ReferredTo(f.kind(), f.destination(), f.sentAt()))
                .toList();
        return new Conversation(c.status(), messages, referrals);
    }

    private ConsultationCase locked(long caseId, Long version) {
        var c = em.find(ConsultationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new CaseChangeRejected("notFound", "there is no case " + caseId);
        }
        if (version != null && c.version() != version) {
            throw new CaseChangeRejected("stale", "case " + caseId + " was changed meanwhile; look at it again");
        }
        return c;
    }

    /**
     * Stores one history entry (flushed at once, as the unit of work would not keep the entries' order) and
     * tells the statistics what its case counts as now.
     */
    private void record(CaseEntry entry) {
        if (entry != null) {
            em.persist(entry);
            em.flush();
            publish(caseFigures, em.find(ConsultationCase.class, entry.caseId()), calendar);
        }
    }

    /** Fires the case's figures; outside a container (the module's own tests) there may be nobody to tell. */
    static void publish(Event<CaseFigures> events, ConsultationCase c, BusinessCalendar calendar) {
        if (events != null) {
            events.fire(c.figures(calendar));
        }
    }

    private void record(List<CaseEntry> entries) {
        entries.forEach(this::record);
    }

    /** The case with its reports and history (entries are flushed as they are recorded). */
    private CaseView view(ConsultationCase c) {
        var reports = cases().reports(c.id()).stream()
                .map(r -> new CaseView.Report(r.complaintId(), r.receiptNumber()))
                .toList();
        var history = cases().history(c.id()).stream().map(CaseEntry::view).toList();
        return c.view(reports, history);
    }

    /** Each case once, in id order: sessions locking several cases take their locks in one order, never deadlock. */
    private static Collection<Long> sorted(Collection<Long> ids) {
        return new TreeSet<>(ids);
    }

    private CaseRepository cases() {
        return new CaseRepository(em);
    }

    private Instant now() {
        return clock.instant();
    }
}
