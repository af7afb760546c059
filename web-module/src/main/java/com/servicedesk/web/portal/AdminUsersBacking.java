package com.servicedesk.web.portal;

import com.servicedesk.security.StaffAdministration;
import com.servicedesk.security.StaffView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's list of staff accounts: who is locked, unlock, disable, enable. */
@Named
@ViewScoped
public class AdminUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAdministration staff;

    @Inject
    private Messages messages;

    private List<StaffView> users = List.of();

    @PostConstruct
    void load() {
        users = staff.users();
    }

    public void unlock(String username) {
        run(() -> staff.unlock(username));
    }

    public void toggle(StaffView user) {
        run(() -> staff.setEnabled(user.username(), !user.enabled()));
    }

    private void run(Runnable action) {
        try {
            action.run();
            messages.info("dialog.done", "");
        } finally {
            load();
        }
    }

    public List<StaffView> getUsers() {
        return users;
    }
}
