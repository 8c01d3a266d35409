/** The reporting module's read models: counts kept up to date from the other modules' events. */
package jp.spamcenter.reporting.internal.domain;
