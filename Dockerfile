# Build: docker build -t colloquy .
# Run:   docker run -p 8080:8080 -v colloquy-data:/data colloquy
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -DexcludeReactor=true || true
COPY src src
COPY content content
RUN ./mvnw -B -ntp -DskipTests package && cp target/colloquy-*.jar /src/colloquy.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system colloquy && useradd --system --gid colloquy --home-dir /app colloquy \
    && mkdir -p /app /data && chown colloquy:colloquy /data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/colloquy.jar /app/colloquy.jar
COPY --from=build /src/content /app/content
ENV COLLOQUY_DATA_DIR=/data \
    COLLOQUY_CONTENT_DIR=/app/content \
    SPRING_PROFILES_ACTIVE=prod
VOLUME /data
EXPOSE 8080
USER colloquy
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xss512k", "-jar", "/app/colloquy.jar"]
