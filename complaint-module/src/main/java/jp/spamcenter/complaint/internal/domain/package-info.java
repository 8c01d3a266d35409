/** Complaints as the center keeps them: the report, its receipt, the citizen's contact kept apart. */
package jp.spamcenter.complaint.internal.domain;
