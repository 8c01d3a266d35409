/**
 * The managers' pages ({@code manager/*.xhtml}): the dashboard with its filters and drill-down, the figures by
 * prefecture, and the abuse reports for agencies abroad.
 */
package jp.spamcenter.web.pages.manager;
