package fr.bobine.platform.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes into the OpenAPI document the roles each operation allows ({@code x-roles}, from its {@code @RolesAllowed})
 * and whether it acts on one production ({@code x-production-scoped}: a {@code productionId} in its path, answered 404
 * to a non-member), so that the contract states the role matrix and a test can hold every service to it (RoleMatrixIT).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RolesDocumentFilter implements OASFilter {

    static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");

    private final Map<String, List<String>> rolesByOperation = new HashMap<>();

    public RolesDocumentFilter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            if (operation.target().kind() != AnnotationTarget.Kind.METHOD || operation.value("operationId") == null) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            AnnotationInstance allowed = method.declaredAnnotation(ROLES_ALLOWED);
            if (allowed == null) {
                allowed = method.declaringClass().declaredAnnotation(ROLES_ALLOWED);
            }
            if (allowed != null) {
                AnnotationValue value = allowed.value();
                rolesByOperation.put(operation.value("operationId").asString(),
                        value == null ? List.of() : List.of(value.asStringArray()));
            }
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        List<String> roles = rolesByOperation.get(operation.getOperationId());
        if (roles != null) {
            List<String> ordered = new ArrayList<>();
            for (String role : Roles.ALL) {
                if (roles.contains(role)) {
                    ordered.add(role);
                }
            }
            operation.addExtension("x-roles", ordered);
        }
        return operation;
    }
}
