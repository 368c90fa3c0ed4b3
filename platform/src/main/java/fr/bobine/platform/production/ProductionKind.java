package fr.bobine.platform.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionKind", description = "What is being produced")
public enum ProductionKind {
    FEATURE_FILM, SHORT_FILM, TV_SERIES, DOCUMENTARY, ANIMATION
}
