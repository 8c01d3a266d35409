/** Use cases of the complaint module and their transaction boundaries. */
package jp.spamcenter.complaint.internal.application;
