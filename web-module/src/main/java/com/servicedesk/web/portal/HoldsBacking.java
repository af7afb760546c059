package com.servicedesk.web.portal;

import com.servicedesk.retention.HoldTarget;
import com.servicedesk.retention.HoldView;
import com.servicedesk.retention.LegalHolds;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's legal holds on its page ({@code holds.xhtml}): the hold standing, placed with a reason by a
 * supervisor, manager or auditor, released by someone else with a reason.
 */
@Named
@ViewScoped
public class HoldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LegalHolds holds;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private final Map<String, List<HoldView>> lists = new HashMap<>();
    private String reason;

    public List<HoldView> list(String target, long id) {
        return lists.computeIfAbsent(target + ":" + id, k -> holds.of(HoldTarget.valueOf(target), id));
    }

    /** The hold standing on the record, or null. */
    public HoldView active(String target, long id) {
        return list(target, id).stream().filter(HoldView::active).findFirst().orElse(null);
    }

    public boolean mayHold() {
        return session.hasRole(Role.SUPERVISOR.name()) || session.hasRole(Role.MANAGER.name())
                || session.hasRole(Role.AUDITOR.name());
    }

    public void place(String target, long id) {
        try {
            holds.place(HoldTarget.valueOf(target), id, reason);
            messages.info("holds.placed");
            reason = null;
        } catch (BusinessException e) {
            messages.refused(e);
        } finally {
            lists.clear();
        }
    }

    public void release(String target, long id) {
        HoldView hold = active(target, id);
        try {
            if (hold != null) {
                holds.release(hold.id(), hold.version(), reason);
                messages.info("holds.released");
                reason = null;
            }
        } catch (BusinessException e) {
            messages.refused(e);
        } finally {
            lists.clear();
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
