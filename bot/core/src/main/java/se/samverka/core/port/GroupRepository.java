package se.samverka.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.samverka.core.domain.Group;
import se.samverka.core.domain.GroupScope;
import se.samverka.core.domain.Lang;

/** Workspaces, groups and which channel belongs to which group. */
public interface GroupRepository {
    /** The id of the workspace, created on first sight. */
    long workspace(String platform, String externalId);

    Group create(long workspaceId, String name, ZoneId zone, Lang lang);

    Optional<Group> byScope(GroupScope scope);

    Optional<Group> byName(long workspaceId, String name);

    Optional<Group> boundTo(long workspaceId, String channelId);

    /** Binds the channel (of the group's own workspace) to the group (a channel belongs to one group at a time). */
    default void bind(GroupScope group, String channelId) {
        bind(group, group.workspaceId(), channelId);
    }

    /** Binds a channel of this workspace, which may be another workspace (or platform) than the group's. */
    void bind(GroupScope group, long channelWorkspaceId, String channelId);

    /** Keeps a one-time code (by its hash) that lets whoever has it bind one channel to the group until it expires. */
    void addBindingCode(GroupScope group, String codeHash, Optional<Long> createdBy, Instant now, Instant expires);

    /**
     * Uses up the code: the group it binds to, when the code is known, unused and not expired; it cannot be used
     * again. {@code usedIn} says where it was used (for the audit).
     */
    Optional<GroupScope> useBindingCode(String codeHash, Instant now, String usedIn);

    boolean isEmpty();

    /** The groups with this name in any workspace (for the command line, which stands outside workspaces). */
    List<Group> named(String name);

    /** The secret in the group's calendar feed address; made (with {@code fresh}) the first time it is asked for. */
    String feedSecret(GroupScope group, String fresh);

    /** Gives the feed a new secret: the old address stops working. */
    void setFeedSecret(GroupScope group, String secret);

    /** The group whose feed this is, when the secret is right. */
    Optional<Group> byFeed(long groupId, String secret);

    /** Every group in the database, of every workspace. */
    List<GroupScope> everyGroup();

    /** Every group of the workspace, by name. */
    List<Group> all(long workspaceId);

    /** The platform and workspace id of a workspace (by our id). */
    Optional<String[]> workspaceOf(long workspaceId);

    /** The channels of the group's own workspace bound to it, in the order they were bound. */
    List<String> channels(GroupScope group);
}
