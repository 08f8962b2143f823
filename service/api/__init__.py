"""HTTP only: routes, request/response schemas and problem+json errors."""
