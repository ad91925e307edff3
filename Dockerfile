# The Aimak Graph app for docker-compose; Neo4j runs in its own container (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema.graphql ./
COPY cypher ./cypher
COPY data ./data
COPY server ./server
USER node
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npm", "start"]
