package jp.spamcenter.web.pages.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.spamcenter.complaint.api.DataRetention;
import jp.spamcenter.web.pages.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published handling policy ({@code /privacy.xhtml}): its facts come from the running configuration, so the
 * page says what the center does: the servers' country ({@code privacy.storage-country},
 * {@code privacy.storage-country-en}), the retention periods the nightly sweep applies, and the center's contact
 * ({@code center.contact.*}).
 */
@Named
@RequestScoped
public class HandlingPolicy {

    @Inject
    DataRetention retention;

    @Inject
    Language language;

    @Inject
    @ConfigProperty(name = "privacy.storage-country", defaultValue = "日本")
    String country;

    @Inject
    @ConfigProperty(name = "privacy.storage-country-en", defaultValue = "Japan")
    String countryEn;

    /** The advice module's period for the conversations of closed cases (its ConversationSweep). */
    @Inject
    @ConfigProperty(name = "retention.conversation-days", defaultValue = "1095")
    int conversationDays;

    @Inject
    @ConfigProperty(name = "center.contact.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "center.contact.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "center.contact.hours")
    Optional<String> hours;

    public String getCountry() {
        return "en".equals(language.getLocale().getLanguage()) ? countryEn : country;
    }

    public DataRetention.Periods getPeriods() {
        return retention.periods();
    }

    public int getConversationDays() {
        return conversationDays;
    }

    public String getEmail() {
        return email.filter(e -> !e.isBlank()).orElse(null);
    }

    public String getPhone() {
        return phone.filter(p -> !p.isBlank()).orElse(null);
    }

    public String getHours() {
        return hours.filter(h -> !h.isBlank()).orElse(null);
    }
}
