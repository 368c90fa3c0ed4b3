package fr.bobine.platform.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.security.Roles;

/** Keeps every service's copy of the production membership in step with budget-service; runs in the inbox transaction. */
@ApplicationScoped
public class MemberEventHandler implements EventHandler {

    @Inject
    ObjectMapper mapper;

    @Inject
    Membership membership;

    @Override
    public boolean handles(String eventType) {
        return MemberGrant.GRANTED.equals(eventType) || MemberGrant.REVOKED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        try {
            if (MemberGrant.GRANTED.equals(event.type())) {
                MemberGrant grant = mapper.treeToValue(event.data(), MemberGrant.class);
                if (grant == null || grant.memberId() == null || grant.user() == null || grant.user().isBlank()
                        || grant.roles() == null || grant.roles().isEmpty()
                        || !Roles.PRODUCTION_SCOPED.containsAll(grant.roles())) {
                    throw new EventRejectedException(event.type() + " lacks a member, a user or production-scoped roles");
                }
                membership.apply(grant);
            } else {
                MemberRevocation revocation = mapper.treeToValue(event.data(), MemberRevocation.class);
                if (revocation == null || revocation.memberId() == null) {
                    throw new EventRejectedException(event.type() + " lacks the member");
                }
                membership.apply(revocation);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventRejectedException(event.type() + " data is not a member v1: " + e.getMessage(), e);
        }
    }
}
