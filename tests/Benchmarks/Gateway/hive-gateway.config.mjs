// Hive Gateway with its default (JavaScript) query planner, as the Guild's benchmark runs it, minus
// in-flight request de-duplication (the benchmark sends a unique header per request anyway).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  jit: true,
});
