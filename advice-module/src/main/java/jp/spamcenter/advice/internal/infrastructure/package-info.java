/**
 * What the advice module talks to beyond its entities: the mail server, for referrals to partners, and the table
 * of figures waiting for other modules.
 */
package jp.spamcenter.advice.internal.infrastructure;
