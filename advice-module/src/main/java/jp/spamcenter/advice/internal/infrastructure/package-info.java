/** What the advice module talks to outside the database: the mail server, for referrals to partners. */
package jp.spamcenter.advice.internal.infrastructure;
