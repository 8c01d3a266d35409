package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.CitizenMail;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the receipt once the report is committed, when the citizen gave an address and mail is configured
 * ({@code mail.enabled=true}, {@code mail.smtp.host}, {@code mail.smtp.port}, {@code mail.from}, optionally
 * {@code mail.smtp.starttls}, {@code mail.smtp.user}, {@code mail.smtp.password}, {@code center.url}).
 *
 * <p>The secret exists only in memory (the center keeps its hash), so the mail is sent from the event, not
 * from a stored queue: should it fail, the citizen still has the receipt shown on screen.
 */
@ApplicationScoped
public class ReceiptMailing implements CitizenMail {

    private static final Logger LOG = Logger.getLogger(ReceiptMailing.class.getName());

    /** A receipt to mail, fired in the filing transaction. Holds the secret: never stored. */
    public record Issued(String to, ReceiptNumber number, String secret, Instant receivedAt) {

        @Override
        public String toString() {
            return "Issued[" + number + "]"; // no address, no secret in logs
        }
    }

    @Inject
    @ConfigProperty(name = "mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "center.url", defaultValue = "http://localhost:8080/")
    String centerUrl;

    @Resource
    ManagedThreadFactory threads;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    Event<ReplyIssued> replies;

    private ReceiptMail mail;

    /** A reply to mail, fired in the advisor's transaction. Holds the address: never logged. */
    public record ReplyIssued(String to, ReceiptNumber number, String text) {

        @Override
        public String toString() {
            return "ReplyIssued[" + number + "]";
        }
    }

    @PostConstruct
    void configure() {
        String statusPage = centerUrl.endsWith("/") ? centerUrl + "status.xhtml" : centerUrl + "/status.xhtml";
        mail = new ReceiptMail(new ReceiptMail.Settings(
                host, port, from, startTls, user.orElse(null), password.orElse(null), statusPage));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued receipt) {
        if (!enabled) {
            return;
        }
        send(() -> {
            try {
                mail.send(receipt.to(), receipt.number(), receipt.secret(), receipt.receivedAt());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "the receipt " + receipt.number() + " could not be mailed", e);
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int mailReply(Map<ComplaintId, String> textByReport) {
        if (textByReport.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT c.complaintId, c.email, k.receiptNumber FROM ComplaintContact c, Complaint k"
                                + " WHERE c.complaintId IN :ids AND k.id = c.complaintId",
                        Object[].class)
                .setParameter(
                        "ids",
                        textByReport.keySet().stream().map(ComplaintId::value).toList())
                .getResultList();
        for (Object[] row : rows) {
            String text = textByReport.get(new ComplaintId(((Number) row[0]).longValue()));
            replies.fire(new ReplyIssued((String) row[1], new ReceiptNumber((String) row[2]), text));
        }
        return rows.size();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplyIssued reply) {
        if (!enabled) {
            return;
        }
        send(() -> {
            try {
                mail.sendReply(reply.to(), reply.number(), reply.text());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "the reply to " + reply.number() + " could not be mailed", e);
            }
        });
    }

    /**
     * Hands a mail to the sending thread: the committing request waits for no mail server, and hands no task to
     * an executor (which would carry the request's invocation).
     */
    private void send(Runnable sending) {
        outgoing.add(sending);
        sender.wake();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        sender.start(threads);
    }

    @PreDestroy
    void stop() {
        sender.stop();
    }

    private final Queue<Runnable> outgoing = new ConcurrentLinkedQueue<>();
    private final DrainLoop sender = new DrainLoop(
            "mail",
            () -> {
                Runnable next;
                while ((next = outgoing.poll()) != null) {
                    next.run();
                }
            },
            Duration.ofSeconds(5));
}
