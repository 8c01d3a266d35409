package jp.spamcenter.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.web.partners.Idempotency;
import jp.spamcenter.web.partners.Partner;

/**
 * Files one partner's report in one transaction with the remembered answer to its Idempotency-Key: either
 * both are stored or neither, so a retry never files twice.
 */
@ApplicationScoped
public class BulkFiling {

    /** What a partner is told when a report is accepted. */
    public record Accepted(long id, String receiptNumber, String status) {}

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ComplaintService complaints;

    @Inject
    Idempotency idempotency;

    /** The answer, as status and JSON body: the remembered one for a repeated Idempotency-Key. */
    @Transactional
    public Idempotency.Answer file(Partner partner, byte[] message, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Idempotency.Answer> earlier = idempotency.find(partner.keyId(), idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var receipt = complaints.file(new NewComplaint(
                null,
                null,
                null,
                Optional.empty(),
                Channel.PC_MAIL,
                message,
                Intake.BULK_API,
                "partner:" + partner.name()));
        var answer = new Idempotency.Answer(
                202,
                JSON.toJson(new Accepted(
                        receipt.complaintId().value(), receipt.number().value(), "accepted")));
        if (idempotencyKey != null) {
            idempotency.remember(partner.keyId(), idempotencyKey, answer);
        }
        return answer;
    }
}
