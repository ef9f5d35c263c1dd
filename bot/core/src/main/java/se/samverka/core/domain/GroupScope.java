package se.samverka.core.domain;

/** The key every query is scoped by: a group always lives inside one workspace. */
public record GroupScope(long workspaceId, long groupId) {
    public GroupScope {
        if (workspaceId <= 0 || groupId <= 0) throw new IllegalArgumentException("ids must be positive");
    }
}
