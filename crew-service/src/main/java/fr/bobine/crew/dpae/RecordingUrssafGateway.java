package fr.bobine.crew.dpae;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Default gateway while no URSSAF credentials are configured: accepts the deposit and returns a 23-character local flow id. */
@ApplicationScoped
@DefaultBean
public class RecordingUrssafGateway implements UrssafDpaeGateway {

    static final String ENDPOINT = "recorded://depot.dpae-edi.urssaf.fr/deposer-dsn/1.0/";

    @Override
    public Deposit deposit(String xml) {
        String fluxId = ("LOCAL" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 23);
        return new Deposit(ENDPOINT, fluxId, "<idflux>" + fluxId + "</idflux>");
    }
}
