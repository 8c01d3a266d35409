package jp.spamcenter.complaint.api;

import java.time.Instant;

/** The answer to a citizen's receipt number and secret. */
public sealed interface FollowUp {

    /** The receipt number and secret match. */
    record Found(ComplaintSummary complaint) implements FollowUp {}

    /** No such receipt number, or the wrong secret: deliberately the same answer. */
    record NotFound() implements FollowUp {}

    /** Too many wrong secrets from this client for this receipt number: no checks for it until then. */
    record Locked(Instant until) implements FollowUp {}
}
