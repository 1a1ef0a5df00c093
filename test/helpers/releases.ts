/** A short, complete and clean US-wire release: no finding under the recommended preset. */
export const CLEAN_RELEASE = `# Acme Opens a Solar Plant in Boulder

BOULDER, Colo., March 3, 2026 – Acme Energy today opened a 40-megawatt solar plant that will power 12,000 homes in Boulder County.

“This plant shows that clean power can be cheap power,” said Jane Doe, chief executive of Acme Energy.

## Background

- The plant covers 200 acres of former farmland.

## About Acme Energy

Acme Energy is a Colorado utility founded in 1998 that serves 400,000 customers.

## Media contact

Sam Lee, press officer  
sam.lee@example.com  
+1 303 555 0143
`;
