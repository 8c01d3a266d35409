package jp.spamcenter.advice.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How partners reach the center, as its configuration says ({@code center.contact.*}): the postal address in
 * Japanese and English, the phone number and its hours, and the mailbox for answers (the sender of the center's
 * mail, {@code mail.from}, when none is set). Every referral letter, mailed or printed, ends with it, so that a
 * partner answers the center and not a mail that may never have been sent.
 */
@ApplicationScoped
public class CenterContact {

    @Inject
    @ConfigProperty(name = "center.contact.address")
    Optional<String> address;

    @Inject
    @ConfigProperty(name = "center.contact.address-en")
    Optional<String> addressEn;

    @Inject
    @ConfigProperty(name = "center.contact.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "center.contact.hours")
    Optional<String> hours;

    @Inject
    @ConfigProperty(name = "center.contact.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "no-reply@localhost")
    String mailFrom;

    /** Outside the container (the module's tests, tools); blank values count as not set. */
    public static CenterContact of(String address, String addressEn, String phone, String hours, String email) {
        var contact = new CenterContact();
        contact.address = set(address);
        contact.addressEn = set(addressEn);
        contact.phone = set(phone);
        contact.hours = set(hours);
        contact.email = set(email);
        contact.mailFrom = "no-reply@localhost";
        return contact;
    }

    /** Where partners send their answers. */
    public String answersTo() {
        return email.filter(e -> !e.isBlank()).orElse(mailFrom);
    }

    /** The closing request for the outcome, by mail to {@link #answersTo()} and, when configured, by phone. */
    public String askForOutcome(long referralId, boolean english) {
        String phoneLine = phone.map(p -> english
                        ? " or by phone on " + p
                                + hours.map(h -> " (" + h + ")").orElse("")
                        : "、またはお電話（" + p + hours.map(h -> "、" + h).orElse("") + "）")
                .orElse("");
        return english
                ? "Please tell us what became of it, quoting R-" + referralId + ", by mail to " + answersTo()
                        + phoneLine + ".\n"
                : "対応の結果を、引き継ぎ番号 R-" + referralId + " を添えて、" + answersTo() + " 宛てのメール" + phoneLine + "でお知らせください。\n";
    }

    /** The center's name and how to reach it, one item a line. */
    public String signature(boolean english) {
        List<String> lines = new ArrayList<>();
        lines.add(english ? "Spam Complaint and Consultation Center, Japan" : "迷惑メール相談センター");
        (english ? addressEn.or(() -> address) : address).ifPresent(lines::add);
        phone.ifPresent(p -> lines.add((english ? "Phone: " : "電話: ")
                + p
                + hours.map(h -> english ? " (" + h + ")" : "（" + h + "）").orElse("")));
        lines.add((english ? "Mail: " : "メール: ") + answersTo());
        return String.join("\n", lines) + "\n";
    }

    private static Optional<String> set(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
