/** The reporting module's statements on its own tables, for the application classes to call. */
package jp.spamcenter.reporting.internal.infrastructure;
