"""Request and response schemas, one module per resource; table objects never leave the API."""
