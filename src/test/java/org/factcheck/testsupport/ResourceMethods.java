package org.factcheck.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every JAX-RS resource method of the application, read from its compiled classes: the pages too, which the OpenAPI
 * document leaves out. Tests that must reach every endpoint (hostile input, the document's completeness) list them
 * here, so a new endpoint is covered without editing them. Operations hidden from the document are left out.
 */
public final class ResourceMethods {

    /** {@code method} is upper case (GET, POST...); {@code path} is the template, e.g. /api/claims/{id}. */
    public record Endpoint(String method, String path) {
        public boolean api() {
            return path.startsWith("/api/");
        }
    }

    private ResourceMethods() {
    }

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                // hidden operations are internal detours (web/TooLargeResource answers only what BodySizeLimit
                // reroutes to it; reached directly, 404), not endpoints a client calls
                Operation operation = method.getAnnotation(Operation.class);
                if (verb == null || operation != null && operation.hidden()) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                endpoints.add(new Endpoint(verb, join(base.value(), sub == null ? "" : sub.value())));
            }
        }
        endpoints.sort((a, b) -> (a.path() + a.method()).compareTo(b.path() + b.method()));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The classes under org/factcheck in the main output folder (not the tests'). */
    private static List<Class<?>> applicationClasses() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("org/factcheck"))) {
                if (!url.getProtocol().equals("file") || url.getPath().contains("test-classes")) {
                    continue;
                }
                Path root = Path.of(url.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                        if (!name.contains("$")) {
                            classes.add(Class.forName(name, false, loader));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no application classes found under org/factcheck");
        }
        return classes;
    }
}
