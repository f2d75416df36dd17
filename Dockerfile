# The Ringside app (API + built client). Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build
ENV PORT=8080 HOST=0.0.0.0
EXPOSE 8080
# node itself is PID 1, so a `docker stop` (SIGTERM) reaches the server.
CMD ["node", "--import", "tsx", "server/main.ts"]
