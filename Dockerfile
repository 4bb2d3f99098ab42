# Build and run the application (used by docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY db-migrations db-migrations
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
EXPOSE 8080
USER 1001
# JAVA_OPTS: heap and other JVM options (docs/performance.md has measured sizes)
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
