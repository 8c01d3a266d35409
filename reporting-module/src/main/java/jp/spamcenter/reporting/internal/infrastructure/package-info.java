/**
 * The reporting module's repositories: the statements on its own tables (the rollups, the rebuilds, the
 * checks), for the application classes to call. Results are records, never rows.
 */
package jp.spamcenter.reporting.internal.infrastructure;
