/**
 * Abuse reports for others: X-ARF v4 JSON checked against the official schemas, ARF (RFC 5965) messages, and
 * the redaction of the recipient's addresses from the spam they carry.
 */
package jp.spamcenter.complaint.internal.abuse;
