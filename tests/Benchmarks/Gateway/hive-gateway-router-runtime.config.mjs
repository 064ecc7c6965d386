// Hive Gateway with the Hive Router query planner and executor (@graphql-hive/router-runtime).
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

export const gatewayConfig = defineConfig({
  unifiedGraphHandler,
});
