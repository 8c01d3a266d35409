/**
 * The analysis of a reported message: unwrapping a citizen's forward, MIME decoding (Japanese charsets
 * too), the Received chain and origin, the sender and its authentication, body indicators, the opt-in law's
 * display duties, the category and the campaign key. Pure Java, usable from the server and the command line.
 */
package jp.spamcenter.complaint.internal.analysis;
