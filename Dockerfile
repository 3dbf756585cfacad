# Build: docker build -t colloquy .
# Run:   docker run -p 8080:8080 -v colloquy-data:/data colloquy
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -DexcludeReactor=true || true
COPY src src
COPY content content
RUN ./mvnw -B -ntp -DskipTests package && cp target/colloquy-*.jar /src/colloquy-packaged.jar
# A plain classpath (application jar + lib/) instead of the nested fat jar: the AOT cache below needs it.
RUN java -Djarmode=tools -jar /src/colloquy-packaged.jar extract --destination /src/app \
    && mv /src/app/colloquy-*.jar /src/app/colloquy.jar

# JDK 25 ahead-of-time cache (docs/performance.md, "Start-up time"), trained in a build stage of its own on the
# runtime's JRE image: a cache only works with the JVM build, the classpath (/app/colloquy.jar + /app/lib) and the
# options that made it, so this stage has the same JVM, layout and jvm.options as the final image. One training run
# starts the app with the prod profile on a throw-away database, serves its health check and the sign-in page, and
# is stopped with SIGTERM; as it exits, the JVM writes the classes it loaded and linked to /app/colloquy.aot
# (-XX:AOTCacheOutput). StartupBenchmark trains its cache the same way. Only the cache leaves this stage.
FROM eclipse-temurin:25-jre AS aot
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app /app
COPY --from=build /src/content /app/content
COPY src/main/jvm/jvm.options /app/jvm.options
RUN export COLLOQUY_DATA_DIR=/tmp/aot-training COLLOQUY_CONTENT_DIR=/app/content SPRING_PROFILES_ACTIVE=prod \
           COLLOQUY_ADMIN_USERNAME=training COLLOQUY_ADMIN_PASSWORD=training-only-password; \
    java @/app/jvm.options -XX:AOTCacheOutput=/app/colloquy.aot -jar /app/colloquy.jar & app=$!; \
    until curl -fs -o /dev/null http://localhost:8080/actuator/health; do \
        kill -0 "$app" || exit 1; sleep 0.5; \
    done; \
    curl -fsS -o /dev/null http://localhost:8080/login; \
    kill -TERM "$app"; wait "$app"; \
    test -f /app/colloquy.aot

FROM eclipse-temurin:25-jre
RUN groupadd --system colloquy && useradd --system --gid colloquy --home-dir /app colloquy \
    && mkdir -p /app /data && chown colloquy:colloquy /data \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app /app
COPY --from=build /src/content /app/content
COPY --from=aot /app/colloquy.aot /app/colloquy.aot
COPY src/main/jvm/jvm.options /app/jvm.options
ENV COLLOQUY_DATA_DIR=/data \
    COLLOQUY_CONTENT_DIR=/app/content \
    SPRING_PROFILES_ACTIVE=prod
VOLUME /data
EXPOSE 8080
USER colloquy
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# -XX:AOTCache: if the cache cannot be used (another JVM build), the JVM says so and starts without it.
# jvm.options: the JVM's settings (GC, stacks, JIT), the same file the benchmarks start the jar with.
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/colloquy.aot", "-jar", "/app/colloquy.jar"]
