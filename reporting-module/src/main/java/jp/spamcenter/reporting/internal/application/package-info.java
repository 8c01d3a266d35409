/** Keeps the read models current and answers statistics queries from them, never from report tables. */
package jp.spamcenter.reporting.internal.application;
