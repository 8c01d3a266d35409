/** Consultation cases as advisors work them. A case refers to its complaint by id only. */
package jp.spamcenter.advice.internal.domain;
