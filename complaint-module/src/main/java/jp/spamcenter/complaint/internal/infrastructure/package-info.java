/** Persistence and delivery of the complaint module's events (the outbox relay). */
package jp.spamcenter.complaint.internal.infrastructure;
