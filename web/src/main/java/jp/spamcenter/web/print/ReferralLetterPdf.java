package jp.spamcenter.web.print;

import java.time.format.DateTimeFormatter;
import jp.spamcenter.advice.api.Referrals.Letter;
import jp.spamcenter.advice.api.Referrals.Referral;
import jp.spamcenter.complaint.api.CenterTime;

/** A referral as a printed letter, for partners without an address to mail to (and for the file). */
public final class ReferralLetterPdf {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CenterTime.ZONE);

    private ReferralLetterPdf() {}

    public static byte[] of(Referral referral, Letter letter) {
        try (var pdf = new PrintedDocument(letter.subject(), "迷惑メール相談センター  R-" + referral.id())) {
            pdf.paragraph(DATE.format(referral.sentAt() != null ? referral.sentAt() : referral.createdAt()))
                    .title(letter.subject())
                    .paragraph(letter.body());
            if (!letter.attachments().isEmpty()) {
                pdf.heading("添付（電子データで別送）");
                letter.attachments().forEach(a -> pdf.field(a.fileName(), a.content().length + " bytes"));
            }
            return pdf.toBytes();
        }
    }
}
