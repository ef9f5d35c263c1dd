package se.samverka.storage;

import java.time.Instant;
import java.util.Optional;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.port.AuditLog;

final class SqliteAuditLog implements AuditLog {
    private final Sql sql;

    SqliteAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(GroupScope group, Optional<Long> actorId, String action, String detail, Instant at) {
        sql.insert("INSERT INTO audit_log (workspace_id, group_id, actor_id, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)",
                group.workspaceId(), group.groupId(), actorId, action, detail, Sql.stamp(at));
    }
}
