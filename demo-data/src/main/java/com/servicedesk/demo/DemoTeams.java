package com.servicedesk.demo;

import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffUser;

import com.servicedesk.organisation.Branch;
import com.servicedesk.organisation.OrganisationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people of each branch who act in the demo data's cases: agents, their supervisor, the region's manager. */
@ApplicationScoped
public class DemoTeams {

    /** One branch's team. */
    public record Team(List<Caller> agents, Caller supervisor, Caller manager) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private OrganisationService organisation;

    /** Every branch's team, in branch order. */
    public Map<String, Team> byBranch() {
        Map<String, Team> teams = new LinkedHashMap<>();
        for (Branch branch : organisation.branches()) {
            List<Caller> agents = new ArrayList<>();
            Caller supervisor = null;
            for (StaffUser u : em.createQuery("select u from StaffUser u where u.branchCode = :b order by u.username",
                    StaffUser.class).setParameter("b", branch.code()).getResultList()) {
                Caller c = callers.find(u.username()).orElseThrow();
                if (u.role() == Role.AGENT) {
                    agents.add(c);
                } else if (u.role() == Role.SUPERVISOR && supervisor == null) {
                    supervisor = c;
                }
            }
            String manager = em.createQuery("select u.username from StaffUser u where u.regionCode = :r and u.role = :m"
                            + " order by u.username", String.class)
                    .setParameter("r", branch.regionCode()).setParameter("m", Role.MANAGER)
                    .setMaxResults(1).getSingleResult();
            teams.put(branch.code(), new Team(agents, supervisor, callers.find(manager).orElseThrow()));
        }
        return teams;
    }

    /**
     * The customers (id, branch code) of the branches that have agents to serve them, in id order:
     * a database may hold branches without staff (the benchmark's), whose customers the demo leaves alone.
     */
    public List<Object[]> customersServedBy(Map<String, Team> teams) {
        List<String> staffed = teams.entrySet().stream().filter(e -> !e.getValue().agents().isEmpty())
                .map(Map.Entry::getKey).toList();
        return em.createQuery("select c.id, c.branchCode from Customer c where c.branchCode in :staffed order by c.id",
                Object[].class).setParameter("staffed", staffed).getResultList();
    }
}
