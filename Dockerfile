# The Aimak Graph app for docker-compose; Neo4j runs in its own container (NEO4J_URI).

# Build stage: all dependencies, to compile the server and build the web view.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
RUN npm run build:server
COPY data ./data
COPY web ./web
RUN npm run build:web

# Runtime: production dependencies only (no TypeScript, no tsx), the compiled server and command-line tools
# (`node build/server/cli/token.js …`), the Cypher files, the data and the built page.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema.graphql ./
COPY cypher ./cypher
COPY data ./data
COPY --from=build /app/build ./build
COPY --from=build /app/web/dist ./web/dist
USER node
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "build/server/main.js"]
