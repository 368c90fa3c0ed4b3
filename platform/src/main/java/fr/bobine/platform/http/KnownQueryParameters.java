package fr.bobine.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the operation does not declare is a 400, not silently ignored: {@code ?sort=title} on a list
 * without sorting, or a misspelt {@code ?stauts=}, would otherwise return an unsorted or unfiltered list that looks
 * right. The declared names are read once per resource method, from its {@code @QueryParam} parameters and the
 * fields of its {@code @BeanParam}s.
 * <p>
 * Every query and path value, and {@code If-Match}, is also at most {@link #VALUE_MAX_LENGTH} characters: the bound the
 * OpenAPI documents give each parameter that does not declare a tighter one.
 */
public class KnownQueryParameters {

    /** Longest query, path or {@code If-Match} value an operation reads. */
    public static final int VALUE_MAX_LENGTH = 200;

    private final ConcurrentMap<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownQueryParameters::queryParameters);
        for (Map.Entry<String, List<String>> query : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = query.getKey();
            if (!known.contains(name)) {
                throw new InvalidParameterException(name, known.isEmpty()
                        ? "unknown query parameter; this operation takes none"
                        : "unknown query parameter; this operation takes " + String.join(", ", known));
            }
            checkLength(name, query.getValue());
        }
        for (Map.Entry<String, List<String>> path : request.getUriInfo().getPathParameters().entrySet()) {
            checkLength(path.getKey(), path.getValue());
        }
        checkLength(Etags.IF_MATCH, request.getHeaders().get(Etags.IF_MATCH));
    }

    private static void checkLength(String name, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value != null && value.length() > VALUE_MAX_LENGTH) {
                throw new InvalidParameterException(name, "must be at most " + VALUE_MAX_LENGTH + " characters long (got "
                        + value.length() + ")");
            }
        }
    }

    static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    addFields(types[i], names);
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void addFields(Class<?> bean, Set<String> names) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam q = field.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addFields(field.getType(), names);
                }
            }
        }
    }
}
