/** Use cases of the advice module: opening cases from complaints, listing them for advisors. */
package jp.spamcenter.advice.internal.application;
