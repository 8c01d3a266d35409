package jp.spamcenter.complaint.api;

import java.util.Optional;

/**
 * What a citizen tells the center about a spam message on the web form.
 *
 * @param subject the message's subject as the citizen saw it
 * @param messageText the message's text, pasted or typed
 * @param prefectureCode the citizen's prefecture (JIS X 0401 code)
 * @param contactEmail where the center may answer; empty for an anonymous report
 */
public record NewComplaint(String subject, String messageText, String prefectureCode, Optional<String> contactEmail) {

    public NewComplaint {
        contactEmail = contactEmail == null ? Optional.empty() : contactEmail.filter(s -> !s.isBlank());
    }
}
