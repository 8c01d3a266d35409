/**
 * The reporting module's read models: what a report, a case and a referral count as, and the changes to the
 * counters when that changes. No persistence here: the infrastructure stores them.
 */
package jp.spamcenter.reporting.internal.domain;
