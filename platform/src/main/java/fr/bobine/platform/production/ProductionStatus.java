package fr.bobine.platform.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionStatus", description = "Where the production stands")
public enum ProductionStatus {
    DEVELOPMENT, PRE_PRODUCTION, SHOOTING, POST_PRODUCTION, DELIVERED, RELEASED, ABANDONED
}
