package jp.spamcenter.complaint.api;

/**
 * Analyses one reported message: what it is, where it came from, which duties of the opt-in law it breaks.
 * Never throws and never hangs: a message that cannot be read fully comes back {@code PARTIAL} or
 * {@code UNPARSEABLE} with the reasons.
 */
public interface MessageAnalysis {

    /** @param raw the bytes exactly as the center received them */
    AnalysisResult analyse(byte[] raw);
}
