package se.samverka.integrations.graph;

import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.core.port.Directory;
import se.samverka.integrations.teams.TeamsAdapter;

/**
 * Microsoft 365 groups (every team is one) as a directory: found by id, display name or mail nickname, their
 * user members read page by page. The organisation is the user's companyName, or else the name in their e-mail
 * domain ("falkenberg.se" → Falkenberg). Needs the application permissions Group.Read.All and User.Read.All.
 */
public final class GraphDirectory implements Directory {
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String[] USER_FIELDS = {"id", "displayName", "mail", "userPrincipalName", "companyName"};
    static final int MAX_PEOPLE = 2000;

    private final Graph graph;

    public GraphDirectory(Graph graph) {
        this.graph = graph;
    }

    /** Members link to Teams users: both go by the AAD object id. */
    @Override
    public String platform() {
        return TeamsAdapter.PLATFORM;
    }

    @Override
    public Optional<Found> members(String groupNameOrId) {
        try {
            Optional<Group> group = group(groupNameOrId.strip());
            if (group.isEmpty()) return Optional.empty();
            List<Person> people = new ArrayList<>();
            var members = graph.client().groups().byGroupId(group.get().getId()).members().graphUser();
            UserCollectionResponse page = members.get(c -> {
                c.queryParameters.select = USER_FIELDS;
                c.queryParameters.top = 999;
            });
            while (page != null) {
                for (User u : Optional.ofNullable(page.getValue()).orElse(List.of())) {
                    person(u).ifPresent(people::add);
                }
                if (page.getOdataNextLink() == null || people.size() >= MAX_PEOPLE) break;
                page = members.withUrl(page.getOdataNextLink()).get();
            }
            return Optional.of(new Found(group.get().getDisplayName(), people));
        } catch (RuntimeException e) {
            throw Graph.failure("directory", e);
        }
    }

    private Optional<Group> group(String nameOrId) {
        if (GUID.matcher(nameOrId).matches()) {
            try {
                return Optional.ofNullable(graph.client().groups().byGroupId(nameOrId)
                        .get(c -> c.queryParameters.select = new String[] {"id", "displayName"}));
            } catch (RuntimeException e) {
                if (Graph.status(e) == 404) return Optional.empty();
                throw e;
            }
        }
        String quoted = nameOrId.replace("'", "''");
        var found = graph.client().groups().get(c -> {
            c.queryParameters.filter = "displayName eq '" + quoted + "' or mailNickname eq '" + quoted + "'";
            c.queryParameters.select = new String[] {"id", "displayName"};
        });
        return Optional.ofNullable(found.getValue()).orElse(List.of()).stream().findFirst();
    }

    static Optional<Person> person(User u) {
        if (u.getId() == null || u.getDisplayName() == null || u.getDisplayName().isBlank()) return Optional.empty();
        Optional<String> email = Optional.ofNullable(u.getMail()).filter(m -> m.contains("@"))
                .or(() -> Optional.ofNullable(u.getUserPrincipalName()).filter(p -> p.contains("@") && !p.contains("#EXT#")));
        Optional<String> organisation = Optional.ofNullable(u.getCompanyName()).filter(c -> !c.isBlank())
                .or(() -> email.map(GraphDirectory::organisationOf));
        return Optional.of(new Person(u.getDisplayName().strip(), email, organisation, u.getId()));
    }

    /** "tor@falkenberg.se" → "Falkenberg"; "anna@regionhalland.se" → "Regionhalland". */
    static String organisationOf(String email) {
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        String[] parts = domain.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
        return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
