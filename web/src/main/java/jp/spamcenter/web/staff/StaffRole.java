package jp.spamcenter.web.staff;

/** What a member of staff may do; each is a Jakarta Security role of the same name. */
public enum StaffRole {
    /** Works cases: reads complaints, answers citizens. */
    ADVISOR,
    /** Reads statistics and publishes reports. */
    MANAGER,
    /** Manages staff accounts. */
    ADMIN,
    /** Assigns advisors' cases, watches their load and the overdue cases escalated to them. */
    SUPERVISOR;

    public static final String ADVISOR_NAME = "ADVISOR";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
