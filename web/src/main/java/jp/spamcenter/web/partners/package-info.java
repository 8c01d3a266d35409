/** Partners (monitor machines, carriers) and their api keys for the bulk report api. */
package jp.spamcenter.web.partners;
