-- wrk request script: POST the body in $GQL_BODY as GraphQL over HTTP JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = os.getenv("GQL_BODY")
