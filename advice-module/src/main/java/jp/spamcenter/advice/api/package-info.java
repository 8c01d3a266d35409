/** What the rest of the center may use of the advice module: the advisors' case queue and its records. */
package jp.spamcenter.advice.api;
