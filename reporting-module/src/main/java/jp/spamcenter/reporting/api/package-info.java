/** What the rest of the center may use of the reporting module: statistics read from its own read models. */
package jp.spamcenter.reporting.api;
