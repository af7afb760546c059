package com.servicedesk.security;

import java.util.Set;

/**
 * The branches whose records a user may see: their own branch, their region's branches, or all.
 * Services put the scope into their queries ({@code where branchCode in :branches}) rather than
 * filtering what they loaded, so a record outside it is never read at all.
 */
public record BranchScope(boolean all, Set<String> branches) implements java.io.Serializable {

    public static final BranchScope ALL = new BranchScope(true, Set.of());
    public static final BranchScope NONE = new BranchScope(false, Set.of());

    public BranchScope {
        branches = Set.copyOf(branches);
    }

    public static BranchScope of(Set<String> branches) {
        return new BranchScope(false, branches);
    }

    public boolean includes(String branchCode) {
        return all || branches.contains(branchCode);
    }

    /**
     * The branches to use in an {@code in} clause; for the unrestricted scope callers must skip the
     * clause, and an empty restricted scope matches nothing: the placeholder is the empty string, which
     * no branch code equals (a NUL character would be simpler, but PostgreSQL rejects it in text).
     */
    public Set<String> queryBranches() {
        return branches.isEmpty() ? Set.of("") : branches;
    }
}
