package jp.spamcenter.complaint.api;

/** How the spam reached the citizen. */
public enum Channel {
    /** E-mail read on a computer or a phone's mail app (PC mail). */
    PC_MAIL,
    /** A mobile carrier's mail (docomo, au, SoftBank, …). */
    MOBILE_MAIL,
    /** SMS / C-mail. */
    SMS
}
