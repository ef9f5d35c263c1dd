package se.samverka.core.port;

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

    /** Binds the channel to the group (a channel belongs to one group at a time). */
    void bind(GroupScope group, String channelId);

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

    /** The channels bound to the group, in the order they were bound. */
    List<String> channels(GroupScope group);
}
