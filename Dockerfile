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
COPY deploy/start.sh /app/start.sh
# The first start records a class-data archive here when it stops; later starts take half the time
# (deploy/start.sh). Mount a volume on it to keep the archive when the container is recreated.
RUN mkdir /app/cds && chown 1001 /app/cds
ENV FACTCHECK_CDS_DIR=/app/cds
EXPOSE 8080
USER 1001
# JAVA_OPTS: more JVM options, after the launcher's defaults (docs/performance.md has measured sizes)
CMD ["sh", "/app/start.sh", "/app"]
