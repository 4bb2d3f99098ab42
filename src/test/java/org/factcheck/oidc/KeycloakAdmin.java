package org.factcheck.oidc;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Keycloak's admin API, for changing a test user's groups at the provider between two sign-ins. */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    private static String token() {
        return given().baseUri(KeycloakServer.baseUrl()).port(-1).formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", KeycloakServer.ADMIN)
                .formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    private static String id(String token, String what, String name) {
        List<Map<String, Object>> found = given().baseUri(KeycloakServer.baseUrl()).port(-1).auth().oauth2(token)
                .queryParam(what.equals("users") ? "username" : "search", name).queryParam("exact", true)
                .get("/admin/realms/" + KeycloakServer.REALM + "/" + what).then().statusCode(200).extract().path("$");
        return found.stream().filter(m -> name.equals(m.get(what.equals("users") ? "username" : "name")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    /** Takes {@code username} out of group {@code from} and puts it in {@code to}. */
    static void moveToGroup(String username, String from, String to) {
        String token = token();
        String user = id(token, "users", username);
        String base = "/admin/realms/" + KeycloakServer.REALM + "/users/" + user + "/groups/";
        given().baseUri(KeycloakServer.baseUrl()).port(-1).auth().oauth2(token).contentType(ContentType.JSON)
                .delete(base + id(token, "groups", from)).then().statusCode(204);
        given().baseUri(KeycloakServer.baseUrl()).port(-1).auth().oauth2(token).contentType(ContentType.JSON)
                .put(base + id(token, "groups", to)).then().statusCode(204);
    }
}
