package fr.bobine.rights.production;

import jakarta.enterprise.context.ApplicationScoped;

import fr.bobine.platform.production.ProductionCopyHandler;

/** Keeps rights-service's production copy in step with budget-service (the shared handler, made a bean here). */
@ApplicationScoped
public class ProductionEventHandler extends ProductionCopyHandler {
}
