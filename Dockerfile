# The Ringside app (API + built client). Neo4j and nginx run in their own containers (docker-compose.yml).

# Build: every dependency, for Vite to build the client (which imports types and constants from server/).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client ./client
COPY server ./server
COPY vite.config.ts tsconfig.json ./
RUN npx vite build

# Run: production dependencies only (tsx among them runs the TypeScript), the code the server and its
# command-line tools (npm run users, import, seed) need, and the built client.
FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY server ./server
COPY cypher ./cypher
COPY seed ./seed
COPY scripts ./scripts
COPY --from=build /app/dist/client ./dist/client
# The code stays root's, read-only to the app; it writes only to its data folder (the pepper's key file
# when RINGSIDE_PEPPER is unset) and the system's temporary folder.
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 8080
# /api/health answers 200 only while Neo4j answers too. The slim image has no curl or wget: node's fetch.
# The start period covers a first start that imports the demo data before it listens.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, so a `docker stop` (SIGTERM) reaches the server.
CMD ["node", "--import", "tsx", "server/main.ts"]
