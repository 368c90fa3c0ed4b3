package fr.bobine.distribution.production;

import java.util.UUID;

import fr.bobine.platform.problem.ProblemException;

/** The one question other features ask of the production copy: does this production exist here? */
public final class Productions {

    private Productions() {
    }

    public static void require(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    public static String title(UUID productionId) {
        ProductionCopy copy = ProductionCopy.findById(productionId);
        return copy == null ? null : copy.title;
    }
}
