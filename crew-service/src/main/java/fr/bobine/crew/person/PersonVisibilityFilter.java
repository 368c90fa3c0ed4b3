package fr.bobine.crew.person;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.bobine.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** A route on one person ({@code /people/{personId}...}) answers 404 to a caller who may not see them (PersonVisibility). */
public class PersonVisibilityFilter {

    @Inject
    PersonVisibility visibility;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void hideOthers(UriInfo uriInfo) {
        String raw = uriInfo.getPathParameters().getFirst("personId");
        if (raw == null || identity.isAnonymous()) {
            return;
        }
        UUID personId;
        try {
            personId = UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return;
        }
        Optional<Set<UUID>> visible = visibility.visiblePeople(identity);
        if (visible.isPresent() && !visible.get().contains(personId)) {
            throw ProblemException.notFound("person", personId);
        }
    }
}
