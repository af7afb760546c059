package com.servicedesk.web.portal;

import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.complaint.ComplaintCounts;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.organisation.Branch;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffDirectory;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's figures, counted in the database for what the user's role and scope show. */
@Named
@RequestScoped
public class DashboardBacking {

    @EJB
    private CustomerService customers;

    @EJB
    private OrganisationService organisation;

    @EJB
    private StaffDirectory staff;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintService complaints;

    @EJB
    private HolidayCalendarService calendars;

    @Inject
    private TimeSource time;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private Map<String, Long> customersByBranch = Map.of();
    private Map<Role, Long> staffByRole = Map.of();
    private long auditEntries;
    private ComplaintCounts complaintCounts = new ComplaintCounts(0, 0, 0, 0, 0, 0);
    private List<Integer> missingCalendarYears = List.of();

    @PostConstruct
    void load() {
        Caller caller = session.getCaller();
        if (caller == null) {
            return;
        }
        if (caller.role().seesBusinessData()) {
            customersByBranch = customers.countByBranch();
            complaintCounts = complaints.counts();
        }
        if (caller.role() == Role.ADMIN || caller.role() == Role.AUDITOR) {
            staffByRole = staff.countByRole();
        }
        if (caller.role() == Role.AUDITOR) {
            auditEntries = audit.count();
        }
        if (caller.role() == Role.ADMIN || caller.role() == Role.MANAGER) {
            missingCalendarYears = calendars.missingYears(time.today());
        }
    }

    /** Years whose holiday arrangement is wanted by now and not in force (this year; next year from November). */
    public List<Integer> getMissingCalendarYears() {
        return missingCalendarYears;
    }

    public String getCalendarWarning() {
        return messages.text("calendar.missing", missingCalendarYears.stream().map(String::valueOf)
                .collect(Collectors.joining("、")));
    }

    public ComplaintCounts getComplaints() {
        return complaintCounts;
    }

    public long getCustomerCount() {
        return customersByBranch.values().stream().mapToLong(Long::longValue).sum();
    }

    public int getBranchCount() {
        return customersByBranch.size();
    }

    public long getStaffCount() {
        return staffByRole.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getAuditEntries() {
        return auditEntries;
    }

    public boolean isChartAvailable() {
        return !customersByBranch.isEmpty();
    }

    /** Customers per branch as a Chart.js configuration, with branch names in the user's language. */
    public String getCustomerChart() {
        Map<String, Branch> branches = organisation.branches().stream()
                .collect(Collectors.toMap(Branch::code, Function.identity()));
        JsonArrayBuilder labels = JsonSupport.JSON.createArrayBuilder();
        JsonArrayBuilder data = JsonSupport.JSON.createArrayBuilder();
        customersByBranch.forEach((code, count) -> {
            Branch b = branches.get(code);
            labels.add(b == null ? code : session.isEnglish() ? b.nameEn() : b.nameZh());
            data.add(count);
        });
        return JsonSupport.JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JsonSupport.JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JsonSupport.JSON.createArrayBuilder().add(JsonSupport.JSON.createObjectBuilder()
                                .add("label", messages.text("dashboard.customersByBranch"))
                                .add("data", data)
                                .add("backgroundColor", "#1f5fa8")
                                .add("borderRadius", 4))))
                .add("options", JsonSupport.JSON.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", JsonSupport.JSON.createObjectBuilder()
                                .add("legend", JsonSupport.JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
