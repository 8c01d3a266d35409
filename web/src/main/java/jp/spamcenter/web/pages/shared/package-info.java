/**
 * Helpers of the pages, not pages themselves: the page texts and messages, the center's clock and languages,
 * chart data, prefecture choices, figure labels, the report form's fields and the EL resolver for records.
 */
package jp.spamcenter.web.pages.shared;
