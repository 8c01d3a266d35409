package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.MessageAnalysis;
import jp.spamcenter.complaint.internal.analysis.CountryLookup;
import jp.spamcenter.complaint.internal.analysis.MaxMindCountries;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysis as the server offers it to the other modules, configured by MicroProfile Config:
 * {@code analysis.trusted-relays} (the center's own mail hosts, addresses or IPv4 networks, comma separated),
 * {@code analysis.country-database} (an operator's own .mmdb instead of the shipped one),
 * {@code analysis.max-bytes} (default 25 MB) and {@code analysis.time-limit-seconds} (default 10).
 */
@ApplicationScoped
public class ComplaintAnalysis implements MessageAnalysis {

    private static final Logger LOG = Logger.getLogger(ComplaintAnalysis.class.getName());

    @Inject
    @ConfigProperty(name = "analysis.trusted-relays", defaultValue = " ")
    String trustedRelays;

    @Inject
    @ConfigProperty(name = "analysis.country-database")
    Optional<String> countryDatabase;

    @Inject
    @ConfigProperty(name = "analysis.max-bytes", defaultValue = "26214400")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "analysis.time-limit-seconds", defaultValue = "10")
    long timeLimitSeconds;

    private MessageAnalyzer analyzer;

    @PostConstruct
    void configure() {
        CountryLookup countries = countryDatabase
                .filter(path -> !path.isBlank())
                .map(path -> MaxMindCountries.fromFile(Path.of(path)))
                .or(MaxMindCountries::bundled)
                .orElseGet(() -> {
                    LOG.warning("no country database: origin countries will be unknown");
                    return CountryLookup.NONE;
                });
        List<String> trusted = Arrays.stream(trustedRelays.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        var defaults = MessageAnalyzer.Limits.DEFAULT;
        analyzer = new MessageAnalyzer(
                new MessageAnalyzer.Limits(
                        maxBytes,
                        defaults.maxDepth(),
                        defaults.maxParts(),
                        defaults.maxHeaderLength(),
                        defaults.maxTextChars(),
                        Duration.ofSeconds(timeLimitSeconds)),
                trusted,
                countries);
    }

    @Override
    public AnalysisResult analyse(byte[] raw) {
        return analyzer.analyse(raw);
    }

    /** Whether the bytes read as an e-mail message (see {@link MessageAnalyzer#readsAsMessage}). */
    public boolean readsAsMessage(byte[] raw) {
        return analyzer.readsAsMessage(raw);
    }

    /** The spam's HTML parts, decoded, still hostile (see {@link MessageAnalyzer#spamHtml}). */
    public Optional<String> spamHtml(byte[] raw) {
        return analyzer.spamHtml(raw);
    }

    /** The spam itself, without a citizen's forwarding envelope (see {@link MessageAnalyzer#spamMessage}). */
    public Optional<byte[]> spamMessage(byte[] raw) {
        return analyzer.spamMessage(raw);
    }

    /** The analyser's version, as stored with every result. */
    public String version() {
        return analyzer.version();
    }
}
