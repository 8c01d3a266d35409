package jp.spamcenter.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Receipt;
import jp.spamcenter.web.partners.Idempotency;
import jp.spamcenter.web.partners.Partner;

/**
 * Files a partner's reports in one transaction with the remembered answer to its Idempotency-Key: either all
 * are stored or none, so a retry never files twice.
 */
@ApplicationScoped
public class BulkFiling {

    /** What a partner is told when a report is accepted. */
    public record Accepted(long id, String receiptNumber, String status) {}

    /** What a partner is told when a batch is accepted: one entry per message, in order. */
    public record BatchAccepted(List<Accepted> accepted, String status) {}

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ComplaintService complaints;

    @Inject
    Idempotency idempotency;

    /** One message; the answer as status and JSON body (the remembered one for a repeated key). */
    @Transactional
    public Idempotency.Answer file(Partner partner, byte[] message, String idempotencyKey) {
        return once(partner, idempotencyKey, () -> fileOne(partner, message));
    }

    /** A batch (mbox or JSON): every message is stored in this one transaction, or none is. */
    @Transactional
    public Idempotency.Answer fileAll(Partner partner, List<byte[]> messages, String idempotencyKey) {
        return once(partner, idempotencyKey, () -> {
            var receipts = complaints.fileAll(
                    messages.stream().map(message -> report(partner, message)).toList());
            return new BatchAccepted(receipts.stream().map(BulkFiling::accepted).toList(), "accepted");
        });
    }

    private Idempotency.Answer once(Partner partner, String idempotencyKey, Supplier<Object> filing) {
        if (idempotencyKey != null) {
            Optional<Idempotency.Answer> earlier = idempotency.find(partner.keyId(), idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var answer = new Idempotency.Answer(202, JSON.toJson(filing.get()));
        if (idempotencyKey != null) {
            idempotency.remember(partner.keyId(), idempotencyKey, answer);
        }
        return answer;
    }

    private Accepted fileOne(Partner partner, byte[] message) {
        return accepted(complaints.fileAll(List.of(report(partner, message))).get(0));
    }

    private static NewComplaint report(Partner partner, byte[] message) {
        return new NewComplaint(
                null, null, null, Optional.empty(), Channel.PC_MAIL, message, Intake.BULK_API, partner.filedBy());
    }

    private static Accepted accepted(Receipt receipt) {
        return new Accepted(receipt.complaintId().value(), receipt.number().value(), "accepted");
    }
}
