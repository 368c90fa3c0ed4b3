package fr.bobine.crew.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The terms as signed, or as an amendment (avenant) changed them. */
@Schema(name = "CrewContractVersionKind")
public enum ContractVersionKind {
    SIGNATURE, AMENDMENT
}
