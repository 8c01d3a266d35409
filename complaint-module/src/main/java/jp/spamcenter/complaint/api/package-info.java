/**
 * What the rest of the center may use of the complaint module: the service that files complaints, the
 * records it answers with, the events it publishes and the prefectures reference data.
 */
package jp.spamcenter.complaint.api;
