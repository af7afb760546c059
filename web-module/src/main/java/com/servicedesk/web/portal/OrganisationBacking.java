package com.servicedesk.web.portal;

import com.servicedesk.organisation.OrganisationAdministration;
import com.servicedesk.organisation.OrganisationAdministration.BranchView;
import com.servicedesk.organisation.OrganisationAdministration.NewBranch;
import com.servicedesk.organisation.OrganisationAdministration.NewRegion;
import com.servicedesk.organisation.OrganisationAdministration.RegionView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organisation for administrators: regions and branches opened and renamed; a branch's open
 * cases and customers moved to another branch, after which it may close.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationAdministration organisation;

    @Inject
    private Messages messages;

    private List<BranchView> branches = List.of();
    private List<RegionView> regions = List.of();

    /** The branch the lower panel works on. */
    private String selected;
    private String nameZh;
    private String nameEn;
    private String moveTo;
    private boolean byWorkload;
    private LocalDate closeOn;

    private String newCode;
    private String newRegion;
    private String newNameZh;
    private String newNameEn;
    private String newDivision;
    private boolean regionForm;

    @PostConstruct
    void load() {
        branches = organisation.branches();
        regions = organisation.regions();
    }

    public void select(BranchView b) {
        selected = b.code();
        nameZh = b.nameZh();
        nameEn = b.nameEn();
        moveTo = null;
        closeOn = null;
        byWorkload = b.assignByWorkload();
    }

    public BranchView getCurrent() {
        return selected == null ? null : branches.stream().filter(b -> b.code().equals(selected)).findFirst().orElse(null);
    }

    /** What is still open at a branch, as "12 complaints · 3 customers", in the user's language. */
    public String openSummary(BranchView b) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Long> e : b.open().entrySet()) {
            if (e.getValue() > 0) {
                text.append(text.isEmpty() ? "" : " · ").append(messages.text("organisation.open." + e.getKey().replace(' ', '-'),
                        e.getValue()));
            }
        }
        return text.toString();
    }

    public void rename() {
        BranchView b = getCurrent();
        run(() -> organisation.renameBranch(b.code(), b.version(), nameZh, nameEn));
    }

    /** Turns the branch's assignment of new complaints by workload on or off. */
    public void saveAssignment() {
        BranchView b = getCurrent();
        run(() -> organisation.assignByWorkload(b.code(), b.version(), byWorkload));
    }

    public boolean isByWorkload() {
        return byWorkload;
    }

    public void setByWorkload(boolean byWorkload) {
        this.byWorkload = byWorkload;
    }

    public void move() {
        run(() -> {
            Map<String, Integer> moved = organisation.moveOpenCases(selected, moveTo);
            messages.info("organisation.moved", moved.values().stream().mapToInt(Integer::intValue).sum(), moveTo);
        });
    }

    public void close() {
        BranchView b = getCurrent();
        run(() -> organisation.closeBranch(b.code(), b.version(), closeOn));
    }

    public void openBranch() {
        run(() -> {
            select(organisation.openBranch(new NewBranch(upper(newCode), newRegion, newNameZh, newNameEn, newDivision, null)));
            clearNew();
        });
    }

    public void openRegion() {
        run(() -> {
            organisation.openRegion(new NewRegion(upper(newCode), newNameZh, newNameEn, newDivision));
            clearNew();
        });
    }

    private void clearNew() {
        newCode = null;
        newRegion = null;
        newNameZh = null;
        newNameEn = null;
        newDivision = null;
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private void run(Runnable action) {
        try {
            action.run();
            messages.info("dialog.done", "");
        } finally {
            load();
        }
    }

    /** Branches that can take another's cases: open ones other than the selected. */
    public List<BranchView> getTargets() {
        return branches.stream().filter(b -> b.status() == com.servicedesk.organisation.Branch.Status.OPEN
                && !b.code().equals(selected)).toList();
    }

    public List<BranchView> getBranches() {
        return branches;
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public LocalDate getCloseOn() {
        return closeOn;
    }

    public void setCloseOn(LocalDate closeOn) {
        this.closeOn = closeOn;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getNewNameZh() {
        return newNameZh;
    }

    public void setNewNameZh(String newNameZh) {
        this.newNameZh = newNameZh;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public String getNewDivision() {
        return newDivision;
    }

    public void setNewDivision(String newDivision) {
        this.newDivision = newDivision;
    }

    public boolean isRegionForm() {
        return regionForm;
    }

    public void setRegionForm(boolean regionForm) {
        this.regionForm = regionForm;
    }
}
