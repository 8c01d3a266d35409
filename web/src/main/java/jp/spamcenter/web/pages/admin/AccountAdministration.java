package jp.spamcenter.web.pages.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;
import jp.spamcenter.web.staff.StaffAccountRejected;
import jp.spamcenter.web.staff.StaffAccounts;
import jp.spamcenter.web.staff.StaffMember;
import jp.spamcenter.web.staff.StaffRole;

/** The administrator's page: staff accounts listed, created, enabled and disabled. */
@Named
@ViewScoped
public class AccountAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    jp.spamcenter.web.staff.AdminLog adminLog;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffSession session;

    private List<StaffMember> members = List.of();

    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new java.util.ArrayList<>(List.of(StaffRole.ADVISOR.name()));

    @PostConstruct
    void init() {
        members = accounts.all();
    }

    public void create() {
        try {
            var created = accounts.create(
                    username, displayName, password == null ? new char[0] : password.toCharArray(), chosenRoles());
            Texts.info("accounts.created", created.username());
            adminLog.record(session.getUsername(), "ACCOUNT_CREATED", created.username() + " " + created.roles());
            username = null;
            displayName = null;
            roles = new java.util.ArrayList<>(List.of(StaffRole.ADVISOR.name()));
            members = accounts.all();
        } catch (StaffAccountRejected rejected) {
            Texts.error(null, rejected.messageKey(), StaffAccounts.PASSWORD_MIN);
        } finally {
            password = null;
        }
    }

    public void toggle(StaffMember member) {
        if (member.username().equals(session.getUsername())) {
            Texts.error(null, "accounts.cannotDisableSelf");
            return;
        }
        accounts.setEnabled(member.username(), !member.enabled());
        adminLog.record(
                session.getUsername(), member.enabled() ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED", member.username());
        members = accounts.all();
    }

    private EnumSet<StaffRole> chosenRoles() {
        var chosen = EnumSet.noneOf(StaffRole.class);
        if (roles != null) {
            for (String role : roles) {
                chosen.add(StaffRole.valueOf(role));
            }
        }
        return chosen;
    }

    public List<StaffRole> getAllRoles() {
        return List.of(StaffRole.values());
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
