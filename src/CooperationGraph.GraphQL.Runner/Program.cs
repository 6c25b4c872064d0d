// The conformance runner: see the GraphQL engine issue. Filled in with the execution engine.
return 0;
